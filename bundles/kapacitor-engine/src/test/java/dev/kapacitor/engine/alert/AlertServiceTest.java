package dev.kapacitor.engine.alert;

import dev.kapacitor.api.alert.support.AlertJson;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import dev.kapacitor.api.alert.AlertEvent;
import dev.kapacitor.api.alert.AlertLevel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.After;
import org.junit.Test;

public class AlertServiceTest {
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

    @After
    public void close() {
        timer.shutdownNow();
    }

    private static AlertEvent event(String id, AlertLevel level, long seconds) {
        return AlertEvent.builder().id(id).message(id + " " + level).time(Instant.ofEpochSecond(seconds)).level(level)
                .jsonEncoder(AlertJson::encode).build();
    }

    @Test
    public void topicsKeepTheLastStateOfEachIdAndTellHandlersThePreviousLevel() {
        AlertService s = AlertService.inMemory(HandlerCatalog.withBuiltIns(), timer);
        Topic t = s.topic("ops");
        List<String> got = new ArrayList<>();
        t.addHandler(e -> got.add(e.topic() + " " + e.id() + " " + e.level() + "<-" + e.previousLevel()));
        t.collect(event("a", AlertLevel.WARNING, 1));
        t.collect(event("b", AlertLevel.CRITICAL, 2));
        t.collect(event("a", AlertLevel.OK, 3));
        assertEquals(List.of("ops a WARNING<-OK", "ops b CRITICAL<-OK", "ops a OK<-WARNING"), got);
        assertEquals(AlertLevel.CRITICAL, t.level());
        assertEquals(3, t.collected());
        assertEquals(new EventState("a", "a OK", "", 3_000_000_000L, 0, AlertLevel.OK), t.eventState("a"));
        s.close();
    }

    @Test
    public void closedTopicsAreSavedListedAndRestoredAndDeletedWithTheirTask() throws Exception {
        Path dir = Files.createTempDirectory("alert-topics");
        AlertService s = AlertService.open(HandlerCatalog.withBuiltIns(), dir, timer);
        s.topic(AlertService.anonymousTopic("task1", "alert2")).collect(event("x", AlertLevel.CRITICAL, 5));
        s.topic("shared").collect(event("y", AlertLevel.INFO, 6));
        s.closeTopic(AlertService.anonymousTopic("task1", "alert2"));
        s.close();

        AlertService again = AlertService.open(HandlerCatalog.withBuiltIns(), dir, timer);
        assertEquals(Set.of("main:task1:alert2", "shared"), again.topicIds());
        assertEquals(AlertLevel.CRITICAL, again.existingTopic("main:task1:alert2").eventState("x").level());
        assertEquals(Map.of("y", new EventState("y", "y INFO", "", 6_000_000_000L, 0, AlertLevel.INFO)),
                again.existingTopic("shared").eventStates());
        assertNull(again.existingTopic("nope"));
        again.deleteTaskTopics("task1");
        assertEquals(Set.of("shared"), again.topicIds());
        again.close();
        try (AlertService last = AlertService.open(HandlerCatalog.withBuiltIns(), dir, timer)) {
            assertEquals(Set.of("shared"), last.topicIds());
        }
    }
}

package dev.kapacitor.engine.task;

import static dev.kapacitor.engine.task.PersistenceTest.waitFor;
import static dev.kapacitor.engine.task.TaskStoreServiceTest.DBRPS;
import static dev.kapacitor.engine.task.TaskStoreServiceTest.def;
import static org.junit.Assert.assertEquals;

import dev.kapacitor.api.alert.AlertLevel;
import dev.kapacitor.api.alert.TopicHandlerSpec;
import dev.kapacitor.api.lineprotocol.LineProtocolParser;
import dev.kapacitor.api.lineprotocol.Precision;
import dev.kapacitor.api.task.TaskStatus;
import dev.kapacitor.engine.Engine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/** A task's alerts published to a named topic reach the topic's handlers, before and after a restart. */
public class TopicHandlersRestartTest {
    private static final String SCRIPT = "stream|from().measurement('m')|alert().id('{{ index .Tags \"host\" }}')"
            + ".message('{{ .ID }} {{ .Level }}').details('').warn(lambda: \"v\" > 50).crit(lambda: \"v\" > 90)"
            + ".topic('ops')";

    private static void write(Engine e, String line) {
        e.master().writePoints("db", "rp", LineProtocolParser.parse(
                line.getBytes(StandardCharsets.UTF_8), Precision.SECONDS, 0, "db", "rp").points());
    }

    private static long collected(Engine e, String topic) {
        return e.topics().topic(topic).map(t -> t.collected()).orElse(0L);
    }

    @Test
    public void handlersOfANamedTopicRunForTheTasksEventsAcrossRestarts() throws Exception {
        Path dir = Files.createTempDirectory("kapacitor-topic-handlers");
        TopicHandlerSpec crit = new TopicHandlerSpec("crit", "ops", "publish", Map.of("topics", List.of("critical")),
                "level() == CRITICAL AND \"host\" != 'b'");
        try (Engine e = Engine.open(new Engine.Settings(dir, 1000, 1000))) {
            e.topics().createHandler(crit);
            e.tasks().create(def("t", SCRIPT, DBRPS, TaskStatus.ENABLED));
            write(e, "m,host=a v=95 1");
            write(e, "m,host=b v=99 2");
            write(e, "m,host=a v=60 3");
            waitFor(() -> collected(e, "ops") == 3);
            assertEquals(1, collected(e, "critical"));
        }
        try (Engine e = Engine.open(new Engine.Settings(dir, 1000, 1000))) {
            assertEquals(List.of(crit), e.topics().handlers("ops"));
            waitFor(() -> e.master().isExecuting("t"));
            write(e, "m,host=c v=91 4");
            // the count of collected events starts again at a restart, as Kapacitor's; the states stay
            waitFor(() -> collected(e, "critical") == 1);
            assertEquals(List.of("a CRITICAL", "c CRITICAL"), e.topics().events("critical", AlertLevel.OK).stream()
                    .map(s -> s.message()).toList());
        }
    }
}

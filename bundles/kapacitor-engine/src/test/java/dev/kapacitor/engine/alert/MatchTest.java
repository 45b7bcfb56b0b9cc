package dev.kapacitor.engine.alert;

import dev.kapacitor.api.alert.support.AlertJson;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import dev.kapacitor.api.alert.AlertEvent;
import dev.kapacitor.api.alert.AlertLevel;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.Test;

public class MatchTest {
    private static AlertEvent event(AlertLevel level, AlertLevel previous, String host, long durationSeconds) {
        return AlertEvent.builder().id("cpu:" + host).time(Instant.ofEpochSecond(1)).level(level).previousLevel(previous)
                .name("cpu").taskName("t1").tags(Map.of("host", host)).duration(Duration.ofSeconds(durationSeconds))
                .jsonEncoder(AlertJson::encode).build();
    }

    private static final List<AlertEvent> EVENTS = List.of(
            event(AlertLevel.CRITICAL, AlertLevel.OK, "a", 0),
            event(AlertLevel.CRITICAL, AlertLevel.CRITICAL, "a", 60),
            event(AlertLevel.WARNING, AlertLevel.CRITICAL, "b", 120),
            event(AlertLevel.OK, AlertLevel.WARNING, "serverB", 0));

    private static String matching(String expression) {
        Predicate<AlertEvent> m = Match.compile(expression);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < EVENTS.size(); i++) {
            sb.append(m.test(EVENTS.get(i)) ? i : "-");
        }
        return sb.toString();
    }

    @Test
    public void functionsIdentifiersAndTagReferences() {
        assertEquals("0123", matching(""));
        assertEquals("0-23", matching("changed()"));
        assertEquals("012-", matching("level() >= WARNING"));
        assertEquals("01--", matching("level() == CRITICAL AND \"host\" == 'a'"));
        assertEquals("---3", matching("\"host\" =~ /^server/"));
        assertEquals("-12-", matching("alertDuration() > 30s"));
        assertEquals("0123", matching("name() == 'cpu' AND taskName() != 'x'"));
        assertEquals("-1--", matching("!changed() OR level() < OK"));
    }

    @Test
    public void badExpressionsFailWhenCompiled() {
        assertEquals("unknown identifier \"LOW\"",
                assertThrows(IllegalArgumentException.class, () -> Match.compile("level() == LOW")).getMessage());
        assertEquals("undefined function nope()",
                assertThrows(IllegalArgumentException.class, () -> Match.compile("nope()")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Match.compile("level() =="));
    }
}

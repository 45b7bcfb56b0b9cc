package dev.kapacitor.api.lineprotocol;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import dev.kapacitor.api.model.Point;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Test helpers: parse text as a request body with a fixed clock. */
final class Lines {
    /** 2020-09-13T12:26:40.123456789Z */
    static final long NOW = 1_600_000_000_123_456_789L;

    private Lines() {
    }

    static ParseResult parse(String body, Precision precision) {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        return LineProtocolParser.parse(b, 0, b.length, precision, NOW, "db", "rp");
    }

    static ParseResult parse(String body) {
        return parse(body, Precision.NANOSECONDS);
    }

    /** The one point of a line that must parse. */
    static Point point(String line) {
        ParseResult r = parse(line);
        assertFalse(r.errorMessage(), r.hasErrors());
        assertEquals(1, r.points().size());
        return r.points().get(0);
    }

    /** The reason InfluxDB gives for refusing a line, checked to be wrapped as InfluxDB wraps it. */
    static String reason(String line) {
        ParseResult r = parse(line);
        assertEquals("points from " + line, List.of(), r.points());
        assertEquals(1, r.errors().size());
        String error = r.errors().get(0);
        String prefix = "unable to parse '" + line + "': ";
        assertEquals(prefix, error.substring(0, Math.min(prefix.length(), error.length())));
        return error.substring(prefix.length());
    }
}

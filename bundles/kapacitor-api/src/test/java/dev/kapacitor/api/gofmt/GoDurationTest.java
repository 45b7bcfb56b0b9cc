package dev.kapacitor.api.gofmt;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import org.junit.Test;

public class GoDurationTest {
    @Test
    public void durations() {
        assertEquals("0s", GoDuration.string(0));
        assertEquals("999ns", GoDuration.string(999));
        assertEquals("1.5µs", GoDuration.string(1500));
        assertEquals("2.000001ms", GoDuration.string(2_000_001));
        assertEquals("1.5s", GoDuration.string(1_500_000_000L));
        assertEquals("2m30s", GoDuration.string(150_000_000_000L));
        assertEquals("1h0m0.5s", GoDuration.string(3_600_500_000_000L));
        assertEquals("-1m0s", GoDuration.string(-60_000_000_000L));
        assertEquals("90s", GoDuration.influxql(90_000_000_000L));
        assertEquals("61m", GoDuration.influxql(3_660_000_000_000L));
        assertEquals("1500500u", GoDuration.influxql(1_500_500_000L));
        assertEquals("2w", GoDuration.influxql(1_209_600_000_000_000L));
        assertEquals("7ns", GoDuration.influxql(7));
    }

    @Test
    public void durationsParseAsGo() {
        assertEquals(600_000_000_000L, GoDuration.parse("10m"));
        assertEquals(5_400_000_000_000L, GoDuration.parse("1h30m"));
        assertEquals(1_500_000_000L, GoDuration.parse("1.5s"));
        assertEquals(2_500L, GoDuration.parse("2.5µs"));
        assertEquals(-300_000_000L, GoDuration.parse("-300ms"));
        assertEquals(0L, GoDuration.parse("0"));
        assertEquals("time: missing unit in duration \"10\"",
                assertThrows(IllegalArgumentException.class, () -> GoDuration.parse("10")).getMessage());
        assertEquals("time: unknown unit \"d\" in duration \"1d\"",
                assertThrows(IllegalArgumentException.class, () -> GoDuration.parse("1d")).getMessage());
        assertEquals("time: invalid duration \"ten\"",
                assertThrows(IllegalArgumentException.class, () -> GoDuration.parse("ten")).getMessage());
        assertEquals("time: invalid duration \"\"",
                assertThrows(IllegalArgumentException.class, () -> GoDuration.parse("")).getMessage());
    }
}

package dev.kapacitor.api.gofmt;

import static org.junit.Assert.assertEquals;

import java.time.Instant;
import org.junit.Test;

public class GoTimeTest {
    @Test
    public void trimsTrailingZerosOfTheNanoseconds() {
        assertEquals("2024-01-02T03:04:05.123456789Z", GoTime.format(Instant.parse("2024-01-02T03:04:05.123456789Z")));
        assertEquals("2024-01-02T03:04:05.1Z", GoTime.format(Instant.parse("2024-01-02T03:04:05.100Z")));
        assertEquals("2020-01-01T00:00:00Z", GoTime.format(Instant.ofEpochSecond(1577836800L)));
    }

    @Test
    public void nullIsGosZeroTime() {
        assertEquals("0001-01-01T00:00:00Z", GoTime.format(null));
        assertEquals("0001-01-01T00:00:00Z", GoTime.format(Instant.parse("0001-01-01T00:00:00Z")));
    }

    @Test
    public void rfc3339NanoInUtcWithoutTrailingZeros() {
        assertEquals("2020-01-01T00:00:00Z", GoTime.format(1577836800000000000L));
        assertEquals("2020-01-01T00:00:04.5Z", GoTime.format(1577836804500000000L));
        assertEquals("2020-01-01T00:00:09.999Z", GoTime.format(1577836809999000000L));
        assertEquals("1970-01-01T00:00:00.000000001Z", GoTime.format(1));
        assertEquals("1969-12-31T23:59:59.999999999Z", GoTime.format(-1));
        assertEquals("2000-02-29T12:34:56.0001Z", GoTime.format(951827696000100000L));
        assertEquals("1971-01-01T00:00:00Z", GoTime.format(31536000000000000L));
    }
}

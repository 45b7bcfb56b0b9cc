package dev.kapacitor.http.json;

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
}

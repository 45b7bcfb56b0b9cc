package dev.kapacitor.http.json;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class GoDurationTest {
    @Test
    public void goDurationStrings() {
        assertEquals("0s", GoDuration.string(0));
        assertEquals("500ns", GoDuration.string(500));
        assertEquals("1.5µs", GoDuration.string(1_500));
        assertEquals("2ms", GoDuration.string(2_000_000));
        assertEquals("1.000001s", GoDuration.string(1_000_001_000L));
        assertEquals("1m30s", GoDuration.string(90_000_000_000L));
        assertEquals("1h0m0.5s", GoDuration.string(3_600_500_000_000L));
        assertEquals("-2m0s", GoDuration.string(-120_000_000_000L));
    }
}

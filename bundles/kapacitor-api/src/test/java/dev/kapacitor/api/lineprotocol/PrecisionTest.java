package dev.kapacitor.api.lineprotocol;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import org.junit.Test;

public class PrecisionTest {

    @Test
    public void fromQuery() {
        assertEquals(Precision.NANOSECONDS, Precision.fromQuery(null));
        assertEquals(Precision.NANOSECONDS, Precision.fromQuery(""));
        assertEquals(Precision.NANOSECONDS, Precision.fromQuery("n"));
        assertEquals(Precision.NANOSECONDS, Precision.fromQuery("ns"));
        assertEquals(Precision.MICROSECONDS, Precision.fromQuery("u"));
        assertEquals(Precision.MILLISECONDS, Precision.fromQuery("ms"));
        assertEquals(Precision.SECONDS, Precision.fromQuery("s"));
        assertEquals(Precision.MINUTES, Precision.fromQuery("m"));
        assertEquals(Precision.HOURS, Precision.fromQuery("h"));
    }

    @Test
    public void anUnknownPrecisionIsRefusedOrReadAsNanoseconds() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Precision.fromQuery("d"));
        assertEquals("invalid precision \"d\": use n, u, ms, s, m or h", e.getMessage());
        assertEquals(Precision.NANOSECONDS, Precision.fromQueryOrNanoseconds("d"));
        assertEquals(Precision.SECONDS, Precision.fromQueryOrNanoseconds("s"));
    }

    @Test
    public void toNanos() {
        assertEquals(7L, Precision.NANOSECONDS.toNanos(7));
        assertEquals(7_000L, Precision.MICROSECONDS.toNanos(7));
        assertEquals(7_000_000L, Precision.MILLISECONDS.toNanos(7));
        assertEquals(-7_000_000_000L, Precision.SECONDS.toNanos(-7));
        assertEquals(420_000_000_000L, Precision.MINUTES.toNanos(7));
        assertEquals(25_200_000_000_000L, Precision.HOURS.toNanos(7));
        assertThrows(ArithmeticException.class, () -> Precision.SECONDS.toNanos(Long.MAX_VALUE / 1_000_000_000 + 1));
    }

    @Test
    public void truncateRoundsDown() {
        assertEquals(1_999_999_999L, Precision.NANOSECONDS.truncate(1_999_999_999L));
        assertEquals(1_000_000_000L, Precision.SECONDS.truncate(1_999_999_999L));
        assertEquals(-2_000_000_000L, Precision.SECONDS.truncate(-1_000_000_001L));
        assertEquals(3_600_000_000_000L, Precision.HOURS.truncate(7_199_999_999_999L));
    }
}

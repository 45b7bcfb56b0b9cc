package dev.kapacitor.engine.runtime;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class TimeAlignerTest {
    private static final long S = 1_000_000_000L;
    private static final long T0 = 1577836800L * S; // 2020-01-01T00:00:00Z

    @Test
    public void truncatesAndRoundsToMultiplesOfDurationsThatDivideADay() {
        TimeAligner ten = new TimeAligner(10 * S);
        assertEquals(T0, ten.truncate(T0 + 9_999_000_000L));
        assertEquals(T0 + 10 * S, ten.truncate(T0 + 10 * S));
        assertEquals(T0, ten.round(T0 + 4_999_999_999L));
        assertEquals(T0 + 10 * S, ten.round(T0 + 5 * S)); // halfway rounds up
    }

    @Test
    public void alignsToGoZeroTimeNotToTheUnixEpoch() {
        // Go: time.Unix(1577836800, 0).Truncate(7 * time.Second) == 2019-12-31T23:59:55Z,
        // since 0001-01-01 is 62135596800 s before the epoch and (62135596800 + 1577836800) % 7 == 5
        TimeAligner seven = new TimeAligner(7 * S);
        assertEquals(T0 - 5 * S, seven.truncate(T0));
        assertEquals(T0 + 2 * S, seven.round(T0));
        assertEquals(T0 + 2 * S, seven.truncate(T0 + 2 * S));
    }

    @Test
    public void handlesTimesBeforeTheEpoch() {
        TimeAligner hour = new TimeAligner(3600 * S);
        assertEquals(-3600 * S, hour.truncate(-1));
        assertEquals(0, hour.round(-1));
    }
}

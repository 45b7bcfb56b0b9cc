package dev.kapacitor.engine.alert;

import java.time.Instant;

/**
 * Event times as epoch nanoseconds, with Go's zero time (year 1, which nanoseconds cannot
 * reach) as a sentinel: Kapacitor measures some durations from it, and Go then saturates.
 */
public final class Times {
    /** Go's {@code time.Time{}}. */
    public static final long ZERO = Long.MIN_VALUE;

    private Times() {
    }

    public static long nanos(Instant t) {
        return t.getEpochSecond() * 1_000_000_000L + t.getNano();
    }

    public static Instant instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
    }

    /** Go's {@code t.Sub(u)}: saturates instead of overflowing; from the zero time it is the maximum. */
    public static long sub(long t, long u) {
        if (t == u) {
            return 0;
        }
        if (u == ZERO) {
            return Long.MAX_VALUE;
        }
        if (t == ZERO) {
            return Long.MIN_VALUE;
        }
        long d = t - u;
        if (((t ^ u) & (t ^ d)) < 0) {
            return t > u ? Long.MAX_VALUE : Long.MIN_VALUE;
        }
        return d;
    }
}

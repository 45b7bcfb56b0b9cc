package dev.kapacitor.engine.runtime;

import java.math.BigInteger;

/**
 * Go's {@code Time.Truncate(d)} and {@code Time.Round(d)} on epoch nanoseconds. Go aligns to
 * multiples of {@code d} counted from its zero time (year 1), not from the Unix epoch, which
 * differs for durations that do not divide a day; the offset is computed once per duration.
 */
public final class TimeAligner {
    /** Seconds from 0001-01-01 to 1970-01-01. */
    private static final long UNIX_TO_GO_ZERO_SECONDS = 62_135_596_800L;

    private final long d;
    private final long zeroOffset;

    /** @param d nanoseconds, greater than 0 */
    public TimeAligner(long d) {
        if (d <= 0) {
            throw new IllegalArgumentException("duration must be positive: " + d);
        }
        this.d = d;
        this.zeroOffset = BigInteger.valueOf(UNIX_TO_GO_ZERO_SECONDS).multiply(BigInteger.valueOf(1_000_000_000L))
                .mod(BigInteger.valueOf(d)).longValue();
    }

    /** Nanoseconds since the last multiple of d at or before t. */
    private long remainder(long t) {
        long r = Math.floorMod(t, d) + zeroOffset;
        return r >= d ? r - d : r;
    }

    public long truncate(long t) {
        return t - remainder(t);
    }

    /** To the nearest multiple; halfway rounds up, as Go does. */
    public long round(long t) {
        long r = remainder(t);
        return r + r < d ? t - r : t + (d - r);
    }
}

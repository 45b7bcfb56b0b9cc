package dev.kapacitor.api.lineprotocol;

/** The unit of the timestamps in a write request, as the {@code precision} query parameter names it. */
public enum Precision {
    NANOSECONDS(1L),
    MICROSECONDS(1_000L),
    MILLISECONDS(1_000_000L),
    SECONDS(1_000_000_000L),
    MINUTES(60_000_000_000L),
    HOURS(3_600_000_000_000L);

    private final long nanos;

    Precision(long nanos) {
        this.nanos = nanos;
    }

    /**
     * The precision a query parameter names: null, "", "n" or "ns" for nanoseconds, then "u", "ms", "s",
     * "m" and "h".
     *
     * @throws IllegalArgumentException for any other value
     */
    public static Precision fromQuery(String p) {
        if (p == null) {
            return NANOSECONDS;
        }
        switch (p) {
            case "":
            case "n":
            case "ns":
                return NANOSECONDS;
            case "u":
                return MICROSECONDS;
            case "ms":
                return MILLISECONDS;
            case "s":
                return SECONDS;
            case "m":
                return MINUTES;
            case "h":
                return HOURS;
            default:
                throw new IllegalArgumentException("invalid precision \"" + p + "\": use n, u, ms, s, m or h");
        }
    }

    /**
     * Like {@link #fromQuery} but, as Kapacitor 1.5 does, reads an unknown value as nanoseconds instead of
     * refusing it.
     */
    public static Precision fromQueryOrNanoseconds(String p) {
        try {
            return fromQuery(p);
        } catch (IllegalArgumentException e) {
            return NANOSECONDS;
        }
    }

    /** Nanoseconds in one unit of this precision. */
    public long nanos() {
        return nanos;
    }

    /**
     * A timestamp in this precision as nanoseconds.
     *
     * @throws ArithmeticException when the result does not fit in a long
     */
    public long toNanos(long value) {
        return nanos == 1 ? value : Math.multiplyExact(value, nanos);
    }

    /** Nanoseconds rounded down to a whole unit of this precision, as InfluxDB stamps points without a time. */
    public long truncate(long nanoseconds) {
        return nanos == 1 ? nanoseconds : nanoseconds - Math.floorMod(nanoseconds, nanos);
    }
}

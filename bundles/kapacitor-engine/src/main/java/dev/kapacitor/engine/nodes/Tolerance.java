package dev.kapacitor.engine.nodes;

import dev.kapacitor.engine.runtime.TimeAligner;

/** Go's {@code Time.Round(tolerance)} for join, combine and flatten: a tolerance of 0 or less keeps the time. */
final class Tolerance {
    /** Go's zero time, before every point: "no time yet" in the fan-in and buffering nodes. */
    static final long ZERO = Long.MIN_VALUE;

    private final TimeAligner aligner;

    Tolerance(long nanos) {
        this.aligner = nanos > 0 ? new TimeAligner(nanos) : null;
    }

    long round(long t) {
        return aligner == null ? t : aligner.round(t);
    }
}

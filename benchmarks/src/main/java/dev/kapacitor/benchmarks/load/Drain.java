package dev.kapacitor.benchmarks.load;

import java.io.IOException;

/**
 * How a run knows its tasks have taken every point: each task matching {@code pattern} has
 * collected the points written plus {@code extraPerTask}. With many tasks, listing them all is
 * work for the server that would count against it, so {@code probe} (one of the tasks, or null)
 * is polled alone first and the whole list checked once it is done.
 */
record Drain(String probe, String pattern, long extraPerTask) {
    private static final long POLL_MILLIS = 5;
    private static final long TIMEOUT_MILLIS = 300_000;

    static final Drain NONE = new Drain(null, null, 0);

    static Drain of(String pattern, long extraPerTask) {
        return new Drain(null, pattern, extraPerTask);
    }

    void await(KapacitorApi api, long pointsWritten) throws IOException, InterruptedException {
        if (pattern == null) {
            return;
        }
        long expected = pointsWritten + extraPerTask;
        boolean done = (probe == null || api.awaitCollected(probe, expected, POLL_MILLIS, TIMEOUT_MILLIS))
                && api.awaitCollected(pattern, expected, POLL_MILLIS, TIMEOUT_MILLIS);
        if (!done) {
            throw new IOException("tasks " + pattern + " did not collect " + expected + " points each in "
                    + TIMEOUT_MILLIS / 1000 + " s: " + api.collected(pattern));
        }
    }
}

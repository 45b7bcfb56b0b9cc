package dev.kapacitor.benchmarks.load;

import java.io.IOException;

/**
 * How a run knows its tasks have taken every point: in each task matching {@code pattern}, node
 * {@code node} has collected the points written plus {@code extraPerTask}. The node is the last
 * one that sees every point (an alert node, a window), not the stream node: the stream node counts
 * points as its task takes them in, before the work that is measured. With many tasks, listing them all is
 * work for the server that would count against it, so {@code probe} (one of the tasks, or null)
 * is polled alone first and the whole list checked once it is done.
 */
record Drain(String probe, String pattern, String node, long extraPerTask) {
    private static final long POLL_MILLIS = 5;
    private static final long TIMEOUT_MILLIS = 300_000;

    static final Drain NONE = new Drain(null, null, null, 0);

    static Drain of(String pattern, String node, long extraPerTask) {
        return new Drain(null, pattern, node, extraPerTask);
    }

    void await(KapacitorApi api, long pointsWritten) throws IOException, InterruptedException {
        if (pattern == null) {
            return;
        }
        long expected = pointsWritten + extraPerTask;
        boolean done = (probe == null || api.awaitCollected(probe, node, expected, POLL_MILLIS, TIMEOUT_MILLIS))
                && api.awaitCollected(pattern, node, expected, POLL_MILLIS, TIMEOUT_MILLIS);
        if (!done) {
            throw new IOException("tasks " + pattern + " did not collect " + expected + " points in " + node + " each in "
                    + TIMEOUT_MILLIS / 1000 + " s: " + api.collected(pattern, node));
        }
    }
}

package dev.kapacitor.engine.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A node's counters. Only the task thread writes them; other threads (the API) read them.
 * Writes are opaque (a plain store on x86, no fence) so counting costs nothing measurable,
 * and readers still see recent values.
 */
public final class NodeStats {
    private static final VarHandle LONG_ARRAY = MethodHandles.arrayElementVarHandle(long[].class);
    private static final int COLLECTED = 0;
    private static final int ERRORS = 1;
    private static final int AVG_EXEC = 2;
    /** Decay of the execution time average: each sample weighs 1/16. */
    private static final int EMA_SHIFT = 4;

    private final long[] counters = new long[3];
    private long[] edges = new long[0];

    void collected() {
        add(counters, COLLECTED, 1);
    }

    /** Atomic: helper threads of a node (httpPost's sender) report errors too. */
    void error() {
        LONG_ARRAY.getAndAdd(counters, ERRORS, 1L);
    }

    void emitted(int edge) {
        add(edges, edge, 1);
    }

    void recordExecTime(long nanos) {
        long avg = counters[AVG_EXEC];
        long next = avg == 0 ? nanos : avg + ((nanos - avg) >> EMA_SHIFT);
        LONG_ARRAY.setOpaque(counters, AVG_EXEC, Math.max(next, 1));
    }

    /** Called while linking, before the task thread starts. */
    void addEdge() {
        edges = java.util.Arrays.copyOf(edges, edges.length + 1);
    }

    private static void add(long[] a, int i, long n) {
        LONG_ARRAY.setOpaque(a, i, (long) LONG_ARRAY.getOpaque(a, i) + n);
    }

    public long collectedCount() {
        return (long) LONG_ARRAY.getOpaque(counters, COLLECTED);
    }

    public long errorCount() {
        return (long) LONG_ARRAY.getOpaque(counters, ERRORS);
    }

    public long avgExecTimeNanos() {
        return (long) LONG_ARRAY.getOpaque(counters, AVG_EXEC);
    }

    /** Messages sent to the child at this index. */
    public long edgeCount(int edge) {
        return (long) LONG_ARRAY.getOpaque(edges, edge);
    }

    public long emittedCount() {
        long sum = 0;
        for (int i = 0; i < edges.length; i++) {
            sum += edgeCount(i);
        }
        return sum;
    }
}

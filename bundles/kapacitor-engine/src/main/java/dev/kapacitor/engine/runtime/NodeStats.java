package dev.kapacitor.engine.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A node's counters, as other threads (the API) read them. The task thread counts in plain
 * fields of the node, beside what each hop reads anyway (HotSpot does not tear longs; readers
 * see recent values). An edge's count is what its child collected from that parent, so
 * forwarding a message counts nothing itself.
 */
public final class NodeStats {
    private static final VarHandle COLLECTED = field("collected");
    private static final VarHandle ERRORS = field("errors");
    private static final VarHandle AVG_EXEC = field("avgExecTime");
    private static final VarHandle LONG_ARRAY = MethodHandles.arrayElementVarHandle(long[].class);

    private final Node node;

    NodeStats(Node node) {
        this.node = node;
    }

    private static VarHandle field(String name) {
        try {
            return MethodHandles.lookup().findVarHandle(Node.class, name, long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Atomic: helper threads of a node (httpPost's sender) report errors too. */
    static void error(Node n) {
        ERRORS.getAndAdd(n, 1L);
    }

    public long collectedCount() {
        return (long) COLLECTED.getOpaque(node);
    }

    public long errorCount() {
        return (long) ERRORS.getOpaque(node);
    }

    public long avgExecTimeNanos() {
        return (long) AVG_EXEC.getOpaque(node);
    }

    /** Messages sent to the child at this index. */
    public long edgeCount(int edge) {
        Node child = node.children()[edge];
        long[] byInlet = child.collectedByInlet;
        if (byInlet == null) {
            return (long) COLLECTED.getOpaque(child);
        }
        return (long) LONG_ARRAY.getOpaque(byInlet, node.childInlet(edge));
    }

    public long emittedCount() {
        long sum = 0;
        for (int i = 0; i < node.children().length; i++) {
            sum += edgeCount(i);
        }
        return sum;
    }
}

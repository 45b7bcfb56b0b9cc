package dev.kapacitor.engine.nodes;

import dev.kapacitor.engine.edge.BarrierMessage;
import dev.kapacitor.engine.edge.BeginBatchMessage;
import dev.kapacitor.engine.edge.BufferedBatchMessage;
import dev.kapacitor.engine.edge.DeleteGroupMessage;
import dev.kapacitor.engine.edge.Group;
import dev.kapacitor.engine.edge.Message;
import dev.kapacitor.engine.edge.PointMessage;
import dev.kapacitor.engine.pipeline.UnionSpec;
import dev.kapacitor.engine.runtime.TaskContext;
import dev.kapacitor.engine.runtime.Node;
import java.util.ArrayDeque;

/**
 * union(): merges its parents' points, batches and barriers in time order. Each parent's data
 * waits until every parent has sent something; then everything up to the lowest time any
 * parent is known to have reached is emitted, parent by parent in link order (the union()
 * arguments before the receiver). What is left is emitted when the task stops.
 */
final class UnionNode extends Node {
    private final String rename;
    private ArrayDeque<Message>[] buffers;
    /** The time of the last message seen from each parent; ZERO before its first. */
    private long[] lowMarks;

    UnionNode(UnionSpec spec, TaskContext ctx) {
        super(spec, ctx);
        this.rename = spec.rename().isEmpty() ? null : spec.rename();
    }

    @Override
    @SuppressWarnings("unchecked")
    protected void start() {
        buffers = new ArrayDeque[parentCount()];
        for (int i = 0; i < buffers.length; i++) {
            buffers[i] = new ArrayDeque<>();
        }
        lowMarks = new long[buffers.length];
        java.util.Arrays.fill(lowMarks, Tolerance.ZERO);
    }

    @Override
    protected void stop() {
        ctx.runOnTaskThread(() -> emitReady(true));
    }

    @Override
    public void point(PointMessage p) {
        if (rename != null) {
            p = renamed(p);
        }
        add(p);
    }

    @Override
    public void batch(BufferedBatchMessage b) {
        if (rename != null) {
            BeginBatchMessage begin = b.begin();
            b = new BufferedBatchMessage(new BeginBatchMessage(rename, begin.group(), begin.tags(), begin.tmax(),
                    begin.sizeHint()), b.points());
        }
        add(b);
    }

    @Override
    public void barrier(BarrierMessage b) {
        add(b);
    }

    /** Kapacitor's union does not pass group deletions on. */
    @Override
    public void deleteGroup(DeleteGroupMessage d) {
    }

    private PointMessage renamed(PointMessage p) {
        Group g = p.group();
        if (g.dimensions().byName()) {
            g = Group.of(g.dimensions(), rename, p.tags());
        }
        return new PointMessage(p.point().withName(rename), g);
    }

    private void add(Message m) {
        buffers[inlet()].add(m);
        emitReady(false);
    }

    private void emitReady(boolean drain) {
        boolean emitted = true;
        while (emitted) {
            long mark = lowMark(drain);
            if (mark == Tolerance.ZERO && !drain) {
                return;
            }
            emitted = false;
            for (ArrayDeque<Message> buffer : buffers) {
                while (!buffer.isEmpty() && time(buffer.peekFirst()) <= mark) {
                    emit(buffer.pollFirst());
                    emitted = true;
                }
            }
        }
    }

    /**
     * The time up to which everything can be emitted: the lowest of the parents' oldest waiting
     * times and, unless draining, of the times they last reached; ZERO while a parent has not
     * sent anything yet (and nothing may be emitted).
     */
    private long lowMark(boolean drain) {
        long mark = Tolerance.ZERO;
        int valid = 0;
        for (int i = 0; i < buffers.length; i++) {
            long sourceMark = lowMarks[i];
            if (!buffers[i].isEmpty()) {
                long t = time(buffers[i].peekFirst());
                if (mark == Tolerance.ZERO || t < mark) {
                    mark = t;
                }
                sourceMark = t;
            }
            lowMarks[i] = sourceMark;
            if (sourceMark != Tolerance.ZERO) {
                valid++;
                if (!drain && (mark == Tolerance.ZERO || sourceMark < mark)) {
                    mark = sourceMark;
                }
            }
        }
        return !drain && valid != buffers.length ? Tolerance.ZERO : mark;
    }

    private static long time(Message m) {
        if (m instanceof PointMessage p) {
            return p.time();
        } else if (m instanceof BufferedBatchMessage b) {
            return b.begin().tmax();
        }
        return ((BarrierMessage) m).time();
    }
}

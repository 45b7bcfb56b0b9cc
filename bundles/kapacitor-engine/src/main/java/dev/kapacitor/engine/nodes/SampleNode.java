package dev.kapacitor.engine.nodes;

import dev.kapacitor.engine.edge.BatchPointMessage;
import dev.kapacitor.engine.edge.BufferedBatchMessage;
import dev.kapacitor.engine.edge.PointMessage;
import dev.kapacitor.engine.pipeline.SampleSpec;
import dev.kapacitor.engine.runtime.TaskContext;
import dev.kapacitor.engine.runtime.TimeAligner;
import java.util.ArrayList;
import java.util.List;

/**
 * sample(): by count keeps the 1st, (n+1)-th, ... point of each group, counting afresh in
 * every batch; by duration keeps the points whose time is a multiple of it (Go's
 * {@code t == t.Truncate(d)}), which is not one point per interval.
 */
final class SampleNode extends GroupedNode<SampleNode.Counter> {
    private final long n;
    /** Null when sampling by count, or when a negative duration keeps everything (Go's Truncate). */
    private final TimeAligner aligner;
    private final boolean byDuration;

    SampleNode(SampleSpec spec, TaskContext ctx) {
        super(spec, ctx);
        if (spec.n() == 0 && spec.duration() == 0) {
            throw new IllegalArgumentException("invalid sample rate: must be positive integer or duration");
        }
        this.n = spec.n();
        this.byDuration = spec.duration() != 0;
        this.aligner = spec.duration() > 0 ? new TimeAligner(spec.duration()) : null;
    }

    @Override
    protected Counter newGroup() {
        return new Counter();
    }

    @Override
    public void point(PointMessage p) {
        if (keep(state(p.group()), p.time())) {
            emit(p);
        }
    }

    @Override
    public void batch(BufferedBatchMessage b) {
        Counter c = state(b.group());
        c.count = 0;
        List<BatchPointMessage> kept = new ArrayList<>();
        for (BatchPointMessage bp : b.points()) {
            if (keep(c, bp.time())) {
                kept.add(bp);
            }
        }
        emit(b.withPoints(kept));
    }

    private boolean keep(Counter c, long t) {
        if (byDuration) {
            return aligner == null || aligner.truncate(t) == t;
        }
        return c.count++ % n == 0;
    }

    static final class Counter {
        long count;
    }
}

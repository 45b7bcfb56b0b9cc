package dev.kapacitor.engine.nodes;

import dev.kapacitor.engine.edge.BarrierMessage;
import dev.kapacitor.engine.edge.BufferedBatchMessage;
import dev.kapacitor.engine.edge.Message;
import dev.kapacitor.engine.edge.PointMessage;
import dev.kapacitor.engine.pipeline.WindowSpec;
import dev.kapacitor.engine.runtime.TaskContext;

/**
 * window(): one window per group, by time or by count (see {@link TimeWindow} and
 * {@link CountWindow}). A window without a period cannot start, as in Kapacitor.
 */
final class WindowNode extends GroupedNode<Window> {
    private final WindowSpec spec;

    WindowNode(WindowSpec spec, TaskContext ctx) {
        super(spec, ctx);
        if (spec.period() == 0 && spec.periodCount() == 0) {
            throw new IllegalArgumentException("window node must have either a non zero period or non zero period count");
        }
        this.spec = spec;
    }

    @Override
    protected Window newGroup() {
        if (spec.period() != 0) {
            return new TimeWindow(spec.period(), spec.every(), spec.align(), spec.fillPeriod());
        }
        return new CountWindow((int) Math.min(spec.periodCount(), Integer.MAX_VALUE), spec.everyCount(), spec.fillPeriod());
    }

    @Override
    public void point(PointMessage p) {
        BufferedBatchMessage b = state(p.group()).point(p);
        if (b != null) {
            emit(b);
        }
    }

    @Override
    public void barrier(BarrierMessage b) {
        Message m = barrierState(b.group()).barrier(b);
        if (m != null) {
            emit(m);
        }
    }
}

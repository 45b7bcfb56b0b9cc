package dev.kapacitor.engine.nodes;

import dev.kapacitor.engine.edge.BarrierMessage;
import dev.kapacitor.engine.edge.BufferedBatchMessage;
import dev.kapacitor.engine.edge.Message;
import dev.kapacitor.engine.edge.PointMessage;
import dev.kapacitor.engine.runtime.TimeAligner;

/**
 * A window by time, with Kapacitor's timing: the first boundary is the group's first point plus
 * {@code every} (plus {@code period} with fillPeriod), aligned to {@code every} with align. A
 * window is emitted only when a point (or barrier) at or after the boundary arrives, stamped
 * with the boundary, holding the points in [boundary - period, boundary); the next boundary is
 * then that point's time plus {@code every}, so a gap produces no empty windows. With
 * {@code every} 0 every point emits the points in (t - period, t], itself included.
 */
final class TimeWindow extends Window {
    private final long period;
    private final long every;
    /** Null unless aligning (a zero every does not truncate, as Go's Truncate(0)). */
    private final TimeAligner aligner;
    private final boolean fillPeriod;
    private long nextEmit;

    TimeWindow(long period, long every, boolean align, boolean fillPeriod) {
        this.period = period;
        this.every = every;
        this.aligner = align && every > 0 ? new TimeAligner(every) : null;
        this.fillPeriod = fillPeriod;
    }

    @Override
    protected void onStart(long t) {
        if (!fillPeriod) {
            nextEmit = align(t + every);
        } else if (aligner == null) {
            nextEmit = t + period;
        } else {
            // the first aligned boundary after a full period (truncating never moves later)
            nextEmit = align(t + period) + every;
        }
    }

    @Override
    protected BufferedBatchMessage onPoint(PointMessage p) {
        long t = p.time();
        if (every == 0) {
            buffer.add(t, p.tags(), p.fields());
            return reached(t);
        }
        BufferedBatchMessage b = reached(t);
        buffer.add(t, p.tags(), p.fields());
        return b;
    }

    @Override
    protected Message onBarrier(BarrierMessage b) {
        return reached(b.time());
    }

    /** The window to emit now that time {@code t} arrived, or null. */
    private BufferedBatchMessage reached(long t) {
        if (t < nextEmit) {
            return null;
        }
        if (every == 0) {
            // right-closed (t - period, t]: the point at t is already in
            buffer.dropBefore(t - period, false);
            nextEmit = t;
            return batch(t);
        }
        // left-closed [boundary - period, boundary): later points may share the boundary time
        buffer.dropBefore(nextEmit - period, true);
        BufferedBatchMessage b = batch(nextEmit);
        nextEmit = align(t + every);
        return b;
    }

    private long align(long t) {
        return aligner == null ? t : aligner.truncate(t);
    }
}

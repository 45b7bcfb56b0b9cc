package dev.kapacitor.engine.nodes;

import dev.kapacitor.engine.edge.BarrierMessage;
import dev.kapacitor.engine.edge.BufferedBatchMessage;
import dev.kapacitor.engine.edge.Message;
import dev.kapacitor.engine.edge.PointMessage;

/**
 * A window by count: the last {@code periodCount} points, emitted every {@code everyCount}
 * points (the first time after {@code periodCount} points with fillPeriod), stamped with the
 * newest point's time. Barriers pass through.
 */
final class CountWindow extends Window {
    private final int period;
    private final long every;
    private final boolean fillPeriod;
    private long count;
    private long nextEmit;

    CountWindow(int period, long every, boolean fillPeriod) {
        this.period = period;
        this.every = every;
        this.fillPeriod = fillPeriod;
    }

    @Override
    protected void onStart(long firstTime) {
        nextEmit = fillPeriod ? period : every;
    }

    @Override
    protected BufferedBatchMessage onPoint(PointMessage p) {
        buffer.add(p.time(), p.tags(), p.fields());
        if (buffer.size() > period) {
            buffer.dropOldest();
        }
        if (++count != nextEmit) {
            return null;
        }
        nextEmit += every;
        return batch(buffer.newestTime());
    }

    @Override
    protected Message onBarrier(BarrierMessage b) {
        return b;
    }
}

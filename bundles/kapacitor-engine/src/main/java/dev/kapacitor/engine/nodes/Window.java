package dev.kapacitor.engine.nodes;

import dev.kapacitor.api.model.Tags;
import dev.kapacitor.engine.edge.BarrierMessage;
import dev.kapacitor.engine.edge.BeginBatchMessage;
import dev.kapacitor.engine.edge.BufferedBatchMessage;
import dev.kapacitor.engine.edge.Group;
import dev.kapacitor.engine.edge.Message;
import dev.kapacitor.engine.edge.PointMessage;

/**
 * The window of one group. It learns its group, measurement name and start from the first
 * message of the group; a group first seen through a barrier is named "barrier", as in Kapacitor.
 */
abstract class Window {
    protected final WindowBuffer buffer = new WindowBuffer();
    private String name;
    private Group group;
    private Tags tags;

    /** The window to emit now, or null. */
    final BufferedBatchMessage point(PointMessage p) {
        if (group == null) {
            start(p.name(), p.group(), p.time());
        }
        return onPoint(p);
    }

    /** What to pass on for a barrier, or null. */
    final Message barrier(BarrierMessage b) {
        if (group == null) {
            start("barrier", b.group(), b.time());
        }
        return onBarrier(b);
    }

    private void start(String n, Group g, long firstTime) {
        name = n;
        group = g;
        tags = g.tags();
        onStart(firstTime);
    }

    protected abstract void onStart(long firstTime);

    protected abstract BufferedBatchMessage onPoint(PointMessage p);

    protected abstract Message onBarrier(BarrierMessage b);

    /** The buffered points as a batch of time {@code tmax}. */
    protected final BufferedBatchMessage batch(long tmax) {
        return new BufferedBatchMessage(new BeginBatchMessage(name, group, tags, tmax, buffer.size()), buffer.points());
    }
}

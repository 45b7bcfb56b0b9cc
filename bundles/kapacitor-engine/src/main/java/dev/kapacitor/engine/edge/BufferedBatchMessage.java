package dev.kapacitor.engine.edge;

import java.util.List;

/**
 * A whole batch: begin, points in time order, end. Nodes run on one thread per task, so a
 * batch always travels complete; nodes that build batches point by point use {@link BatchBuffer}.
 */
public record BufferedBatchMessage(BeginBatchMessage begin, List<BatchPointMessage> points) implements Message {
    public BufferedBatchMessage {
        // a window's view is immutable already, and copying it would build every point
        points = points instanceof WindowPoints ? points : List.copyOf(points);
    }

    @Override
    public void dispatch(Receiver receiver) {
        receiver.batch(this);
    }

    @Override
    public Group group() {
        return begin.group();
    }

    public String name() {
        return begin.name();
    }

    public EndBatchMessage end() {
        return EndBatchMessage.INSTANCE;
    }

    public BufferedBatchMessage withPoints(List<BatchPointMessage> newPoints) {
        return new BufferedBatchMessage(begin, newPoints);
    }
}

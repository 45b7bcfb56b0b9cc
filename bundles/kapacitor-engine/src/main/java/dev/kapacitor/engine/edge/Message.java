package dev.kapacitor.engine.edge;

/**
 * What travels on an edge between two nodes. Stream edges carry {@link PointMessage}s; batch
 * edges carry whole batches ({@link BufferedBatchMessage}). Barriers and group deletions can
 * travel on both. Messages are immutable, so a node may pass one to several children.
 */
public sealed interface Message permits PointMessage, BufferedBatchMessage, BarrierMessage, DeleteGroupMessage {
    /** Calls the receiver method for this message's kind (double dispatch, no instanceof chain). */
    void dispatch(Receiver receiver);

    Group group();
}

package dev.kapacitor.engine.edge;

/** Consumes the messages of an edge, one method per kind of message. */
public interface Receiver {
    void point(PointMessage point);

    void batch(BufferedBatchMessage batch);

    void barrier(BarrierMessage barrier);

    void deleteGroup(DeleteGroupMessage delete);
}

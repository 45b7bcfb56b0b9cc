package dev.kapacitor.engine.edge;

/** The end of a batch. It carries nothing; it exists so begin/points/end map onto UDF batches. */
public final class EndBatchMessage {
    public static final EndBatchMessage INSTANCE = new EndBatchMessage();

    private EndBatchMessage() {
    }

    @Override
    public String toString() {
        return "EndBatch";
    }
}

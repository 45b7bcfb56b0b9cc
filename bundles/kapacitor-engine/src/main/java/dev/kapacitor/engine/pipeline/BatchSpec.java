package dev.kapacitor.engine.pipeline;

/** The source of a batch task, {@code batch}; its queries come with the query node. */
public final class BatchSpec extends NodeSpec {
    public static final NodeType<BatchSpec> TYPE =
            NodeType.source("batch", EdgeType.BATCH, a -> new BatchSpec()).build();

    private BatchSpec() {
        super(TYPE);
    }
}

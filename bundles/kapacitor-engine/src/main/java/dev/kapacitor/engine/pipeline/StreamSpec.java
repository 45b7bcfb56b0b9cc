package dev.kapacitor.engine.pipeline;

/** The source of a stream task, {@code stream}: every point written to the task's dbrps. */
public final class StreamSpec extends NodeSpec {
    public static final NodeType<StreamSpec> TYPE =
            NodeType.source("stream", EdgeType.STREAM, a -> new StreamSpec()).build();

    private StreamSpec() {
        super(TYPE);
    }
}

package dev.kapacitor.engine.pipeline;

import java.util.List;

/** Kapacitor's internal noop node: stats() links one under a node that has no children yet. Scripts cannot create it. */
public final class NoOpSpec extends NodeSpec {
    public static final NodeType<NoOpSpec> TYPE = NodeType.chain("noOp", "noop", a -> new NoOpSpec())
            .under()
            .build();

    private NoOpSpec() {
        super(TYPE);
    }

    static NoOpSpec create() {
        return TYPE.create(new Args("noOp", null, List.of()));
    }
}

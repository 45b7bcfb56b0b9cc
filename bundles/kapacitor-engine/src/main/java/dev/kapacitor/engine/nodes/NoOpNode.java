package dev.kapacitor.engine.nodes;

import dev.kapacitor.engine.edge.BufferedBatchMessage;
import dev.kapacitor.engine.edge.PointMessage;
import dev.kapacitor.engine.pipeline.NodeSpec;
import dev.kapacitor.engine.runtime.Node;
import dev.kapacitor.engine.runtime.TaskContext;

/** The noop node stats() adds under a childless node: passes everything on (to nobody, usually). */
final class NoOpNode extends Node {
    NoOpNode(NodeSpec spec, TaskContext ctx) {
        super(spec, ctx);
    }

    @Override
    public void point(PointMessage p) {
        emit(p);
    }

    @Override
    public void batch(BufferedBatchMessage b) {
        emit(b);
    }
}

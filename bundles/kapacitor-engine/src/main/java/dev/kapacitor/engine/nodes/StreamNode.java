package dev.kapacitor.engine.nodes;

import dev.kapacitor.engine.edge.PointMessage;
import dev.kapacitor.engine.pipeline.StreamSpec;
import dev.kapacitor.engine.runtime.Node;
import dev.kapacitor.engine.runtime.TaskContext;

/** stream: hands every point routed to the task to its from() children. */
final class StreamNode extends Node {
    StreamNode(StreamSpec spec, TaskContext ctx) {
        super(spec, ctx);
    }

    @Override
    public void point(PointMessage p) {
        emit(p);
    }

    @Override
    protected boolean takesRuns() {
        return true;
    }

    @Override
    protected void points(PointMessage[] batch, int from, int to) {
        emitRun(batch, from, to);
    }
}

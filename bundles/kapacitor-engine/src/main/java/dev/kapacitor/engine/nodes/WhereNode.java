package dev.kapacitor.engine.nodes;

import dev.kapacitor.api.model.Point;
import dev.kapacitor.engine.edge.BatchPointMessage;
import dev.kapacitor.engine.edge.BufferedBatchMessage;
import dev.kapacitor.engine.edge.PointMessage;
import dev.kapacitor.engine.lambda.CompiledLambda;
import dev.kapacitor.engine.lambda.LambdaException;
import dev.kapacitor.engine.pipeline.WhereSpec;
import dev.kapacitor.engine.runtime.TaskContext;
import java.util.ArrayList;
import java.util.List;

/** where(): passes the points the lambda is true for; a point the lambda fails on is dropped and counted. */
final class WhereNode extends GroupedNode<CompiledLambda> {
    private final WhereSpec spec;

    WhereNode(WhereSpec spec, TaskContext ctx) {
        super(spec, ctx);
        this.spec = spec;
    }

    @Override
    protected CompiledLambda newGroup() {
        return spec.lambda().factory().newInstance();
    }

    @Override
    public void point(PointMessage p) {
        if (passes(state(p.group()), p.point())) {
            emit(p);
        }
    }

    @Override
    public void batch(BufferedBatchMessage b) {
        CompiledLambda l = state(b.group());
        List<BatchPointMessage> kept = new ArrayList<>(b.points().size());
        for (BatchPointMessage bp : b.points()) {
            if (passes(l, BatchPoints.toPoint(b, bp))) {
                kept.add(bp);
            }
        }
        emit(b.withPoints(kept));
    }

    private boolean passes(CompiledLambda l, Point p) {
        try {
            return l.test(p);
        } catch (LambdaException e) {
            error("error while evaluating expression", e);
            return false;
        }
    }
}

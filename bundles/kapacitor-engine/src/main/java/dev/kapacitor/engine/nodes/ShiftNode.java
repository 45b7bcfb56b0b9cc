package dev.kapacitor.engine.nodes;

import dev.kapacitor.engine.edge.BatchPointMessage;
import dev.kapacitor.engine.edge.BufferedBatchMessage;
import dev.kapacitor.engine.edge.PointMessage;
import dev.kapacitor.engine.pipeline.ShiftSpec;
import dev.kapacitor.engine.runtime.Node;
import dev.kapacitor.engine.runtime.TaskContext;
import java.util.ArrayList;
import java.util.List;

/** shift(): moves points, and batches with all their points, by a fixed duration. */
final class ShiftNode extends Node {
    private final long shift;

    ShiftNode(ShiftSpec spec, TaskContext ctx) {
        super(spec, ctx);
        if (spec.shift() == 0) {
            throw new IllegalArgumentException("invalid shift value: must be non zero duration");
        }
        this.shift = spec.shift();
    }

    @Override
    public void point(PointMessage p) {
        emit(p.withPoint(p.point().withTime(p.time() + shift)));
    }

    @Override
    public void batch(BufferedBatchMessage b) {
        List<BatchPointMessage> points = new ArrayList<>(b.points().size());
        for (BatchPointMessage bp : b.points()) {
            points.add(new BatchPointMessage(bp.time() + shift, bp.fields(), bp.tags()));
        }
        emit(new BufferedBatchMessage(b.begin().withTmax(b.begin().tmax() + shift), points));
    }
}

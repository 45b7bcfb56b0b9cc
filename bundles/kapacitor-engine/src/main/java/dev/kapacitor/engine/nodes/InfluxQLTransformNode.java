package dev.kapacitor.engine.nodes;

import dev.kapacitor.api.model.Fields;
import dev.kapacitor.api.model.Tags;
import dev.kapacitor.engine.edge.BatchPointMessage;
import dev.kapacitor.engine.edge.BufferedBatchMessage;
import dev.kapacitor.engine.edge.PointMessage;
import dev.kapacitor.engine.influxql.Column;
import dev.kapacitor.engine.influxql.Functions;
import dev.kapacitor.engine.influxql.Results;
import dev.kapacitor.engine.influxql.Transform;
import dev.kapacitor.engine.pipeline.InfluxQLSpec;
import dev.kapacitor.engine.runtime.TaskContext;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * elapsed, difference, movingAverage and cumulativeSum: one value per point, at the point's
 * time, with the group's tags. On a stream the state runs on across all the group's points;
 * on batches it starts over with every batch, and the batch keeps its head and time.
 */
final class InfluxQLTransformNode extends GroupedNode<InfluxQLTransformNode.GroupState> {
    private final InfluxQLSpec spec;
    private final Supplier<Transform> transforms;
    private final InfluxQLOutput output;
    private final Results results = new Results();

    /** The transformation's state and the type its first point fixed. */
    static final class GroupState {
        final Transform transform;
        final Column column;
        String name;
        Tags tags;

        GroupState(Transform transform, String field) {
            this.transform = transform;
            this.column = new Column(field, transform);
        }
    }

    InfluxQLTransformNode(InfluxQLSpec spec, TaskContext ctx) {
        super(spec, ctx);
        this.spec = spec;
        this.transforms = Functions.transform(spec);
        this.output = new InfluxQLOutput(spec, null);
    }

    @Override
    protected GroupState newGroup() {
        return new GroupState(transforms.get(), spec.field());
    }

    @Override
    public void point(PointMessage p) {
        GroupState g = state(p.group());
        if (g.name == null) {
            g.name = p.name();
            g.tags = p.group().tags();
        }
        if (step(g, p.time(), p.tags(), p.fields())) {
            emit(output.transformed(results, g.name, p.group(), g.tags));
        }
    }

    @Override
    public void batch(BufferedBatchMessage b) {
        GroupState g = state(b.group());
        g.column.reset();
        g.transform.reset();
        Tags tags = b.begin().tags();
        List<BatchPointMessage> out = new ArrayList<>(b.points().size());
        for (BatchPointMessage p : b.points()) {
            if (step(g, p.time(), p.tags(), p.fields())) {
                out.add(output.transformed(results, tags));
            }
        }
        emit(b.withPoints(out));
    }

    /** Adds the point; true when there is a value to emit (in results). */
    private boolean step(GroupState g, long time, Tags tags, Fields fields) {
        Column c = g.column;
        String problem = c.add(time, tags, fields);
        if (problem != null) {
            error("failed to realize reduce context from fields", new IllegalArgumentException(problem));
            return false;
        }
        if (c.size() == 1) {
            g.transform.add(c, 0);
        }
        c.clearValues();
        results.start(g.transform.resultType(c.kind()));
        g.transform.emit(results);
        return results.size() == 1;
    }
}

package dev.kapacitor.engine.nodes;

import dev.kapacitor.api.model.Fields;
import dev.kapacitor.api.model.Tags;
import dev.kapacitor.engine.edge.BatchPointMessage;
import dev.kapacitor.engine.edge.BufferedBatchMessage;
import dev.kapacitor.engine.edge.Group;
import dev.kapacitor.engine.edge.Message;
import dev.kapacitor.engine.edge.PointMessage;
import dev.kapacitor.engine.edge.WindowPoints;
import dev.kapacitor.engine.influxql.Column;
import dev.kapacitor.engine.influxql.Functions;
import dev.kapacitor.engine.influxql.InfluxQLFunction;
import dev.kapacitor.engine.influxql.Results;
import dev.kapacitor.engine.pipeline.InfluxQLSpec;
import dev.kapacitor.engine.runtime.Node;
import dev.kapacitor.engine.runtime.TaskContext;

/**
 * An InfluxQL aggregate, selector, distinct, top/bottom or holtWinters node. A batch is
 * reduced as a whole and stamped with its time. On a stream, the points of a group that share
 * a timestamp are reduced together, and emitted when a point with another time arrives.
 * Points that cannot start the function (no such field, a type it does not take) are errors.
 */
final class InfluxQLNode extends GroupedNode<InfluxQLNode.GroupState> {
    private final InfluxQLSpec spec;
    private final InfluxQLFunction function;
    private final InfluxQLOutput output;
    /** Batches are reduced at once, so all groups share one column. */
    private final Column batchColumn;
    private final Results results = new Results();
    /** The results are values alone, so a window's points can be read column by column. */
    private final boolean valuesOnly;

    /** A group's name and tags, and on streams the points of its current timestamp. */
    static final class GroupState {
        String name;
        Tags tags;
        Column pending;
        long time;
    }

    private InfluxQLNode(InfluxQLSpec spec, TaskContext ctx) {
        super(spec, ctx);
        this.spec = spec;
        this.function = Functions.of(spec);
        this.output = new InfluxQLOutput(spec, function);
        this.batchColumn = new Column(spec.field(), function);
        this.valuesOnly = function.output() == InfluxQLFunction.Output.VALUE && !function.keepsPointTags();
    }

    /** The node of an InfluxQL function: transformations keep state across points, the others do not. */
    static Node create(InfluxQLSpec spec, TaskContext ctx) {
        return spec.method().transformation() ? new InfluxQLTransformNode(spec, ctx) : new InfluxQLNode(spec, ctx);
    }

    @Override
    protected GroupState newGroup() {
        return new GroupState();
    }

    @Override
    public void batch(BufferedBatchMessage b) {
        GroupState g = state(b.group());
        if (g.name == null) {
            g.name = b.name();
        }
        Column c = batchColumn;
        c.reset();
        if (valuesOnly && b.points() instanceof WindowPoints w) {
            for (int i = 0; i < w.size(); i++) {
                report(c.add(w, i));
            }
        } else {
            for (BatchPointMessage p : b.points()) {
                add(c, p.time(), p.tags(), p.fields());
            }
        }
        if (c.realized()) {
            function.reduce(c, results);
        } else if (!function.reduceEmpty(results)) {
            return;
        }
        emitResults(c, g.name, b.group(), b.begin().tags(), b.begin().tmax());
        c.reset();
    }

    @Override
    public void point(PointMessage p) {
        GroupState g = state(p.group());
        if (g.pending == null) {
            g.pending = new Column(spec.field(), function);
            g.tags = p.group().tags();
            g.time = p.time();
            g.name = p.name();
        } else if (p.time() != g.time) {
            flush(g, p.group());
            g.time = p.time();
            g.name = p.name();
        }
        add(g.pending, p.time(), p.tags(), p.fields());
    }

    private void flush(GroupState g, Group group) {
        Column c = g.pending;
        if (c.realized()) {
            function.reduce(c, results);
            emitResults(c, g.name, group, g.tags, g.time);
        }
        c.reset();
    }

    private void emitResults(Column c, String name, Group group, Tags groupTags, long time) {
        Message m = output.message(results, c, name, group, groupTags, time);
        if (m != null) {
            emit(m);
        }
    }

    private void add(Column c, long time, Tags tags, Fields fields) {
        report(c.add(time, tags, fields));
    }

    private void report(String problem) {
        if (problem != null) {
            error("failed to realize reduce context from fields", new IllegalArgumentException(problem));
        }
    }
}

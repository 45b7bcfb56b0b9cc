package dev.kapacitor.engine.nodes;

import dev.kapacitor.api.model.Fields;
import dev.kapacitor.api.model.Point;
import dev.kapacitor.api.model.Tags;
import dev.kapacitor.engine.edge.BatchPointMessage;
import dev.kapacitor.engine.edge.BufferedBatchMessage;
import dev.kapacitor.engine.edge.Group;
import dev.kapacitor.engine.edge.PointMessage;
import dev.kapacitor.engine.pipeline.FlattenSpec;
import dev.kapacitor.engine.runtime.TaskContext;
import java.util.ArrayList;
import java.util.List;

/**
 * flatten(): collects the points of a group that share a (rounded) time and, when a point of
 * another time arrives (or the batch ends), emits them as one point at the collected time,
 * each field named {@code tagvalue[.tagvalue...].field}. A point missing an on() tag is left out.
 */
final class FlattenNode extends GroupedNode<FlattenNode.Buffer> {
    private final String[] on;
    private final String delimiter;
    private final Tolerance tolerance;
    private final boolean dropOriginalFieldName;
    /**
     * Kapacitor's pooled name buffer: a point missing an on() tag leaves the tag values it
     * already wrote in it, and the names of the next point start with them. Kept for fidelity.
     */
    private final StringBuilder name = new StringBuilder();

    FlattenNode(FlattenSpec spec, TaskContext ctx) {
        super(spec, ctx);
        this.on = spec.on().toArray(new String[0]);
        this.delimiter = spec.delimiter();
        this.tolerance = new Tolerance(spec.tolerance());
        this.dropOriginalFieldName = spec.dropOriginalFieldName();
    }

    /** The points of one group collected for one time. */
    static final class Buffer {
        private long time = Tolerance.ZERO;
        private String name;
        private Tags groupTags;
        private final List<Fields> fields = new ArrayList<>();
        private final List<Tags> tags = new ArrayList<>();

        void add(Fields f, Tags t) {
            fields.add(f);
            tags.add(t);
        }

        void clear() {
            fields.clear();
            tags.clear();
        }
    }

    @Override
    protected Buffer newGroup() {
        return new Buffer();
    }

    @Override
    public void point(PointMessage p) {
        Group g = p.group();
        Buffer b = state(g);
        long t = tolerance.round(p.time());
        if (b.name == null) {
            b.name = p.name();
            b.time = t;
            b.groupTags = g.tags();
        }
        long previous = b.time;
        Fields done = collect(b, t, p.fields(), p.tags());
        if (done != null && !done.isEmpty()) {
            emit(new PointMessage(new Point(null, null, b.name, b.groupTags, done, previous), g));
        }
    }

    @Override
    public void batch(BufferedBatchMessage m) {
        Buffer b = state(m.group());
        b.time = Tolerance.ZERO;
        Tags groupTags = m.begin().tags();
        List<BatchPointMessage> out = new ArrayList<>();
        for (BatchPointMessage bp : m.points()) {
            long previous = b.time;
            Fields done = collect(b, tolerance.round(bp.time()), bp.fields(), bp.tags());
            if (done != null && !done.isEmpty()) {
                out.add(new BatchPointMessage(previous, done, groupTags));
            }
        }
        if (!b.fields.isEmpty()) {
            // as Kapacitor: the last set is emitted at the end of the batch even when it flattened to nothing
            out.add(new BatchPointMessage(b.time, flatten(b), groupTags));
            b.clear();
        }
        emit(m.withPoints(out));
    }

    /** Adds a point; returns the flattened previous set when the point starts a new time, else null. */
    private Fields collect(Buffer b, long t, Fields f, Tags tags) {
        Fields done = null;
        if (t != b.time) {
            if (!b.fields.isEmpty()) {
                done = flatten(b);
                b.clear();
            }
            b.time = t;
        }
        b.add(f, tags);
        return done;
    }

    private Fields flatten(Buffer b) {
        Fields.Builder out = new Fields.Builder(b.fields.size() * 2);
        for (int p = 0; p < b.fields.size(); p++) {
            if (!prefix(b.tags.get(p))) {
                continue;
            }
            int l = name.length();
            Fields f = b.fields.get(p);
            for (int i = 0; i < f.size(); i++) {
                if (!dropOriginalFieldName) {
                    if (l > 0) {
                        name.append(delimiter);
                    }
                    name.append(f.keyAt(i));
                }
                FieldValues.copyAs(f, i, name.toString(), out);
                name.setLength(l);
            }
            name.setLength(0);
        }
        return out.build();
    }

    /** Writes the point's on() tag values into the name buffer; false (and an error) when one is missing. */
    private boolean prefix(Tags tags) {
        for (int i = 0; i < on.length; i++) {
            String v = tags.get(on[i]);
            if (v == null) {
                error("point missing tag for flatten operation", new IllegalArgumentException("tag " + on[i] + " is missing from point"));
                return false;
            }
            if (i > 0) {
                name.append(delimiter);
            }
            name.append(v);
        }
        return true;
    }
}

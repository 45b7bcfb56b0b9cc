package dev.kapacitor.engine.nodes;

import dev.kapacitor.api.model.Fields;
import dev.kapacitor.api.model.Point;
import dev.kapacitor.api.model.Tags;
import dev.kapacitor.engine.edge.BufferedBatchMessage;
import dev.kapacitor.engine.edge.Dimensions;
import dev.kapacitor.engine.edge.Group;
import dev.kapacitor.engine.edge.PointMessage;
import dev.kapacitor.engine.pipeline.DefaultSpec;
import dev.kapacitor.engine.runtime.Node;
import dev.kapacitor.engine.runtime.TaskContext;
import java.util.Map;

/**
 * default(): adds the default fields a point lacks and the default tags it lacks or has empty.
 * A defaulted tag that is a group dimension moves the point to its new group; on a batch the
 * tags are the group, so defaulting one regroups the batch.
 */
final class DefaultNode extends Node {
    private final String[] fieldNames;
    private final Object[] fieldValues;
    private final String[] tagNames;
    private final String[] tagValues;
    /** Reused for every point, so the points it rewrites share one layout. */
    private final Fields.Builder builder = new Fields.Builder();
    private long fieldsDefaulted;
    private long tagsDefaulted;

    DefaultNode(DefaultSpec spec, TaskContext ctx) {
        super(spec, ctx);
        fieldNames = spec.fields().keySet().toArray(new String[0]);
        fieldValues = spec.fields().values().toArray();
        tagNames = spec.tags().keySet().toArray(new String[0]);
        tagValues = spec.tags().values().toArray(new String[0]);
    }

    @Override
    public void point(PointMessage m) {
        Point p = m.point();
        Fields f = fields(p.fields());
        Tags t = tags(p.tags());
        if (f == p.fields() && t == p.tags()) {
            emit(m);
            return;
        }
        Group g = m.group();
        if (t != p.tags() && isDimension(g.dimensions())) {
            g = Group.of(g.dimensions(), p.name(), t);
        }
        emit(new PointMessage(new Point(p.database(), p.retentionPolicy(), p.name(), t, f, p.time()), g));
    }

    @Override
    public void batch(BufferedBatchMessage b) {
        // Kapacitor defaults a batch's head like a point without fields: every field default counts
        fieldsDefaulted += fieldNames.length;
        emit(Retagging.batch(b, this::fields, this::tags));
    }

    /** The fields with the missing defaults added, or the same instance when none is missing. */
    private Fields fields(Fields f) {
        Fields.Builder b = null;
        for (int i = 0; i < fieldNames.length; i++) {
            if (!f.containsKey(fieldNames[i])) {
                if (b == null) {
                    b = builder.clear().putAll(f);
                }
                b.put(fieldNames[i], fieldValues[i]);
                fieldsDefaulted++;
            }
        }
        return b == null ? f : b.build();
    }

    private Tags tags(Tags t) {
        Tags out = t;
        for (int i = 0; i < tagNames.length; i++) {
            String v = t.get(tagNames[i]);
            if (v == null || v.isEmpty()) {
                out = out.with(tagNames[i], tagValues[i]);
                tagsDefaulted++;
            }
        }
        return out;
    }

    private boolean isDimension(Dimensions dims) {
        for (String tag : tagNames) {
            if (dims.contains(tag)) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected void addStats(Map<String, Object> stats) {
        stats.put("fields_defaulted", fieldsDefaulted);
        stats.put("tags_defaulted", tagsDefaulted);
    }
}

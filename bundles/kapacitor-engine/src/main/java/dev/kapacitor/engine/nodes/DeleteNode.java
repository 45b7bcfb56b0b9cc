package dev.kapacitor.engine.nodes;

import dev.kapacitor.api.model.Fields;
import dev.kapacitor.api.model.Point;
import dev.kapacitor.api.model.Tags;
import dev.kapacitor.engine.edge.BufferedBatchMessage;
import dev.kapacitor.engine.edge.Dimensions;
import dev.kapacitor.engine.edge.Group;
import dev.kapacitor.engine.edge.PointMessage;
import dev.kapacitor.engine.pipeline.DeleteSpec;
import dev.kapacitor.engine.runtime.Node;
import dev.kapacitor.engine.runtime.TaskContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * delete(): removes the named fields and tags. A deleted tag that is a group dimension also
 * leaves the point's dimensions; on a batch the remaining tags are the group.
 */
final class DeleteNode extends Node {
    private final String[] fieldNames;
    private final String[] tagNames;
    private final Set<String> tagSet;
    /** Reused for every point, so the points it rewrites share one layout. */
    private final Fields.Builder builder = new Fields.Builder();
    private long fieldsDeleted;
    private long tagsDeleted;
    /** The last dimensions that lost tags, and what remained: upstream groups share their Dimensions. */
    private Dimensions lastDims;
    private Dimensions lastRemaining;

    DeleteNode(DeleteSpec spec, TaskContext ctx) {
        super(spec, ctx);
        fieldNames = spec.fields().toArray(new String[0]);
        tagNames = spec.tags().toArray(new String[0]);
        tagSet = Set.copyOf(spec.tags());
    }

    @Override
    public void point(PointMessage m) {
        Point p = m.point();
        Fields f = fields(p.fields());
        Tags t = tags(p.tags());
        Group g = m.group();
        // the dimensions lose a deleted tag even when this point did not have it
        Dimensions dims = remaining(g.dimensions());
        if (dims != g.dimensions()) {
            g = Group.of(dims, p.name(), t);
        } else if (f == p.fields() && t == p.tags()) {
            emit(m);
            return;
        }
        emit(new PointMessage(new Point(p.database(), p.retentionPolicy(), p.name(), t, f, p.time()), g));
    }

    @Override
    public void batch(BufferedBatchMessage b) {
        emit(Retagging.batch(b, this::fields, this::tags));
    }

    private Fields fields(Fields f) {
        Fields.Builder b = null;
        for (String name : fieldNames) {
            if (f.containsKey(name)) {
                if (b == null) {
                    b = builder.clear().putAll(f);
                }
                b.remove(name);
                fieldsDeleted++;
            }
        }
        return b == null ? f : b.build();
    }

    private Tags tags(Tags t) {
        Tags out = t;
        for (String name : tagNames) {
            if (out.containsKey(name)) {
                out = out.without(name);
                tagsDeleted++;
            }
        }
        return out;
    }

    /** The dimensions without the deleted tags (the same instance when none of them is a dimension). */
    private Dimensions remaining(Dimensions dims) {
        if (dims == lastDims) {
            return lastRemaining;
        }
        List<String> kept = new ArrayList<>(dims.size());
        for (int i = 0; i < dims.size(); i++) {
            if (!tagSet.contains(dims.tagName(i))) {
                kept.add(dims.tagName(i));
            }
        }
        Dimensions r = kept.size() == dims.size() ? dims : Dimensions.of(dims.byName(), kept.toArray(new String[0]));
        lastDims = dims;
        lastRemaining = r;
        return r;
    }

    @Override
    protected void addStats(Map<String, Object> stats) {
        stats.put("fields_deleted", fieldsDeleted);
        stats.put("tags_deleted", tagsDeleted);
    }
}

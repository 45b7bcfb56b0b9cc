package dev.kapacitor.engine.nodes;

import dev.kapacitor.api.model.Fields;
import dev.kapacitor.api.model.Point;
import dev.kapacitor.api.model.Tags;
import dev.kapacitor.engine.edge.BatchPointMessage;
import dev.kapacitor.engine.edge.BufferedBatchMessage;
import dev.kapacitor.engine.edge.PointMessage;
import dev.kapacitor.engine.pipeline.SideloadSpec;
import dev.kapacitor.engine.runtime.Node;
import dev.kapacitor.engine.runtime.TaskContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * sideload(): sets the configured fields and tags of each point from the source's files, the
 * first file of the point's order that has the key winning; the default when none has it or
 * its value does not convert to the default's type (an error). Files are read at start.
 */
final class SideloadNode extends Node {
    private final TagTemplate[] order;
    private final String[] fieldKeys;
    /** The keys as looked up in the files (cleaned as paths, as Kapacitor does). */
    private final String[] fieldLookups;
    private final Object[] fieldDefaults;
    private final String[] tagKeys;
    private final String[] tagLookups;
    private final String[] tagDefaults;
    private final String source;
    private SideloadSource values;

    SideloadNode(SideloadSpec spec, TaskContext ctx) {
        super(spec, ctx);
        this.source = spec.source();
        this.order = spec.order().stream().map(TagTemplate::parse).toArray(TagTemplate[]::new);
        this.fieldKeys = spec.fields().keySet().toArray(new String[0]);
        this.fieldLookups = cleaned(fieldKeys);
        this.fieldDefaults = spec.fields().values().toArray();
        this.tagKeys = spec.tags().keySet().toArray(new String[0]);
        this.tagLookups = cleaned(tagKeys);
        this.tagDefaults = spec.tags().values().toArray(new String[0]);
    }

    @Override
    protected void start() {
        values = SideloadSource.open(source);
    }

    @Override
    public void point(PointMessage p) {
        Point out = sideload(p.point());
        emit(out == p.point() ? p : p.withPoint(out));
    }

    @Override
    public void batch(BufferedBatchMessage b) {
        List<BatchPointMessage> points = new ArrayList<>(b.points().size());
        for (BatchPointMessage bp : b.points()) {
            Point out = sideload(BatchPoints.toPoint(b, bp));
            points.add(new BatchPointMessage(bp.time(), out.fields(), out.tags()));
        }
        emit(b.withPoints(points));
    }

    private Point sideload(Point p) {
        String[] paths = new String[order.length];
        for (int i = 0; i < order.length; i++) {
            paths[i] = order[i].render(p.tags());
        }
        Point out = p;
        if (fieldKeys.length > 0) {
            Fields.Builder f = p.fields().toBuilder();
            for (int i = 0; i < fieldKeys.length; i++) {
                f.put(fieldKeys[i], load(paths, fieldLookups[i], fieldDefaults[i]));
            }
            out = out.withFields(f.build());
        }
        if (tagKeys.length > 0) {
            Tags.Builder t = new Tags.Builder(p.tags().size() + tagKeys.length);
            for (int i = 0; i < p.tags().size(); i++) {
                t.put(p.tags().keyAt(i), p.tags().valueAt(i));
            }
            for (int i = 0; i < tagKeys.length; i++) {
                t.put(tagKeys[i], (String) load(paths, tagLookups[i], tagDefaults[i]));
            }
            out = out.withTags(t.build());
        }
        return out;
    }

    private Object load(String[] paths, String key, Object dflt) {
        Object v = values.lookup(paths, key);
        if (v == null) {
            return dflt;
        }
        Object converted = SideloadValues.convert(v, dflt);
        if (converted == null) {
            error("failed to load key", new IllegalArgumentException("cannot convert value of type "
                    + SideloadValues.goType(v) + " to type " + SideloadValues.goType(dflt) + ": key=" + key));
            return dflt;
        }
        return converted;
    }

    /** Go's filepath.Clean of each key, as Kapacitor looks keys up. */
    private static String[] cleaned(String[] keys) {
        String[] out = new String[keys.length];
        for (int i = 0; i < keys.length; i++) {
            String c = Path.of(keys[i]).normalize().toString();
            out[i] = c.isEmpty() ? "." : c;
        }
        return out;
    }
}

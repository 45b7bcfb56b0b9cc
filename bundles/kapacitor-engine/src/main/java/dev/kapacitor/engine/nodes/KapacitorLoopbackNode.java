package dev.kapacitor.engine.nodes;

import dev.kapacitor.api.model.Point;
import dev.kapacitor.api.model.Tags;
import dev.kapacitor.api.task.Dbrp;
import dev.kapacitor.api.task.PointsWriter;
import dev.kapacitor.engine.edge.BatchPointMessage;
import dev.kapacitor.engine.edge.BufferedBatchMessage;
import dev.kapacitor.engine.edge.PointMessage;
import dev.kapacitor.engine.pipeline.KapacitorLoopbackSpec;
import dev.kapacitor.engine.runtime.Node;
import dev.kapacitor.engine.runtime.TaskContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * kapacitorLoopback(): writes every point (and every point of a batch, under the batch's name)
 * back into the engine's stream, to the node's database and retention policy. A task may not
 * loop back into a dbrp it reads (it would feed itself): such a task does not start. A write
 * that fails is counted as an error; the task goes on.
 */
final class KapacitorLoopbackNode extends Node {
    private final KapacitorLoopbackSpec spec;
    private final PointsWriter writer;
    private volatile long written;

    KapacitorLoopbackNode(KapacitorLoopbackSpec spec, TaskContext ctx) {
        super(spec, ctx);
        this.spec = spec;
        this.writer = ctx.services().pointsWriter();
        for (Dbrp d : ctx.dbrps()) {
            if (d.db().equals(spec.database()) && d.rp().equals(spec.retentionPolicy())) {
                throw new IllegalArgumentException("loop detected on dbrp: {" + d.db() + " " + d.rp() + "}");
            }
        }
    }

    @Override
    protected void addStats(Map<String, Object> stats) {
        stats.put("points_written", written);
    }

    @Override
    public void point(PointMessage m) {
        Point p = m.point().withDbrp(spec.database(), spec.retentionPolicy());
        if (!spec.measurement().isEmpty()) {
            p = p.withName(spec.measurement());
        }
        if (!spec.tags().isEmpty()) {
            p = p.withTags(withExtraTags(p.tags()));
        }
        write(List.of(p));
    }

    /** As Kapacitor: the batch's name, not measurement(), names the points. */
    @Override
    public void batch(BufferedBatchMessage b) {
        List<Point> points = new ArrayList<>(b.points().size());
        for (BatchPointMessage bp : b.points()) {
            Tags tags = spec.tags().isEmpty() ? bp.tags() : withExtraTags(bp.tags());
            points.add(new Point(spec.database(), spec.retentionPolicy(), b.name(), tags, bp.fields(), bp.time()));
        }
        write(points);
    }

    private Tags withExtraTags(Tags tags) {
        Tags.Builder b = new Tags.Builder(tags.size() + spec.tags().size());
        for (int i = 0; i < tags.size(); i++) {
            b.put(tags.keyAt(i), tags.valueAt(i));
        }
        spec.tags().forEach(b::put);
        return b.build();
    }

    private void write(List<Point> points) {
        if (points.isEmpty()) {
            return;
        }
        try {
            writer.writePoints(spec.database(), spec.retentionPolicy(), points);
            written += points.size();
        } catch (RuntimeException e) {
            error("failed to write point over loopback", e);
        }
    }
}

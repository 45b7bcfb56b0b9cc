package dev.kapacitor.engine.nodes;

import dev.kapacitor.api.model.Fields;
import dev.kapacitor.api.model.Point;
import dev.kapacitor.api.model.Tags;
import dev.kapacitor.engine.edge.BatchPointMessage;
import dev.kapacitor.engine.edge.BeginBatchMessage;
import dev.kapacitor.engine.edge.BufferedBatchMessage;
import dev.kapacitor.engine.edge.Group;
import dev.kapacitor.engine.edge.Message;
import dev.kapacitor.engine.edge.PointMessage;
import dev.kapacitor.engine.influxql.Column;
import dev.kapacitor.engine.influxql.InfluxQLFunction;
import dev.kapacitor.engine.influxql.Results;
import dev.kapacitor.engine.pipeline.EdgeType;
import dev.kapacitor.engine.pipeline.InfluxQLSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns an InfluxQL function's results into what Kapacitor emits: on a stream edge one point
 * (nothing unless there is exactly one result), on a batch edge a batch. Values go out under
 * the {@code .as()} name; a selected point goes out whole. A result is stamped with the batch
 * time, or with its own time under {@code .usePointTimes()} when it has one; a batch's time is
 * the latest of those.
 */
final class InfluxQLOutput {
    private final String as;
    private final String field;
    private final boolean pointTimes;
    private final boolean toBatch;
    private final boolean selector;
    private final boolean pointTags;

    /** fn is null for transformations, whose values always stand alone. */
    InfluxQLOutput(InfluxQLSpec spec, InfluxQLFunction fn) {
        this.as = spec.as();
        this.field = spec.field();
        this.pointTimes = spec.pointTimes();
        this.toBatch = spec.type().provides(EdgeType.STREAM) == EdgeType.BATCH;
        this.selector = fn != null && fn.output() == InfluxQLFunction.Output.SELECTED_POINT;
        this.pointTags = fn != null && fn.keepsPointTags();
    }

    /** The message for the results, or null when there is none. */
    Message message(Results r, Column c, String name, Group group, Tags groupTags, long time) {
        return toBatch ? batch(r, c, name, group, groupTags, time) : point(r, c, name, group, groupTags, time);
    }

    private long timeOf(Results r, int i, long batchTime) {
        long t = r.time(i);
        return pointTimes && t != Results.ZERO_TIME ? t : batchTime;
    }

    private Message point(Results r, Column c, String name, Group group, Tags groupTags, long time) {
        if (r.size() != 1) {
            return null;
        }
        Tags tags = groupTags;
        Fields fields;
        if (selector) {
            int src = r.source(0);
            tags = c.sourceTags(src);
            fields = c.sourceFields(src);
            if (!as.equals(field)) {
                Fields.Builder b = fields.toBuilder();
                b.remove(field);
                r.put(0, as, b);
                fields = b.build();
            }
        } else {
            fields = r.fields(0, as);
        }
        return new PointMessage(new Point(null, null, name, tags, fields, timeOf(r, 0, time)), group);
    }

    private Message batch(Results r, Column c, String name, Group group, Tags groupTags, long time) {
        List<BatchPointMessage> points = new ArrayList<>(r.size());
        long tmax = time;
        for (int i = 0; i < r.size(); i++) {
            long t = timeOf(r, i, time);
            tmax = Math.max(tmax, t);
            Tags tags = pointTags ? merge(groupTags, c.sourceTags(r.source(i))) : groupTags;
            points.add(new BatchPointMessage(t, r.fields(i, as), tags));
        }
        return new BufferedBatchMessage(new BeginBatchMessage(name, group, groupTags, tmax, points.size()), points);
    }

    /** The point's tags plus the group's it lacks (a group tag missing from a point has the empty value). */
    private static Tags merge(Tags groupTags, Tags point) {
        Tags out = point;
        for (int i = 0; i < groupTags.size(); i++) {
            String k = groupTags.keyAt(i);
            if (!point.containsKey(k)) {
                out = out.with(k, groupTags.valueAt(i));
            }
        }
        return out;
    }

    /** A transformation's value as a point of the group. */
    PointMessage transformed(Results r, String name, Group group, Tags groupTags) {
        return new PointMessage(new Point(null, null, name, groupTags, r.fields(0, as), r.time(0)), group);
    }

    /** A transformation's value as a batch point: the point's own tags are dropped. */
    BatchPointMessage transformed(Results r, Tags groupTags) {
        return new BatchPointMessage(r.time(0), r.fields(0, as), groupTags);
    }
}

package dev.kapacitor.engine.nodes;

import dev.kapacitor.api.alert.AlertEvent;
import dev.kapacitor.api.model.Fields;
import dev.kapacitor.api.model.Tags;
import dev.kapacitor.engine.edge.BatchPointMessage;
import dev.kapacitor.engine.edge.BeginBatchMessage;
import dev.kapacitor.engine.edge.BufferedBatchMessage;
import dev.kapacitor.engine.edge.PointMessage;
import dev.kapacitor.engine.pipeline.AlertSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * What the alert node adds to the data it passes on: {@code .levelTag()} and {@code .idTag()}
 * as tags, {@code .levelField()}, {@code .messageField()}, {@code .idField()} and
 * {@code .durationField()} (int nanoseconds) as fields. A batch gets the tags on its head too.
 */
final class AlertAnnotations {
    private final String levelTag;
    private final String idTag;
    private final String levelField;
    private final String messageField;
    private final String idField;
    private final String durationField;
    private final boolean tags;
    private final boolean fields;

    AlertAnnotations(AlertSpec spec) {
        levelTag = spec.levelTag();
        idTag = spec.idTag();
        levelField = spec.levelField();
        messageField = spec.messageField();
        idField = spec.idField();
        durationField = spec.durationField();
        tags = !levelTag.isEmpty() || !idTag.isEmpty();
        fields = !levelField.isEmpty() || !messageField.isEmpty() || !idField.isEmpty() || !durationField.isEmpty();
    }

    PointMessage point(PointMessage p, AlertEvent e) {
        if (!tags && !fields) {
            return p;
        }
        return p.withPoint(p.point().withTags(tags(p.tags(), e)).withFields(fields(p.fields(), e)));
    }

    BufferedBatchMessage batch(BufferedBatchMessage b, AlertEvent e) {
        if (!tags && !fields) {
            return b;
        }
        List<BatchPointMessage> points = new ArrayList<>(b.points().size());
        for (BatchPointMessage bp : b.points()) {
            points.add(new BatchPointMessage(bp.time(), fields(bp.fields(), e), tags(bp.tags(), e)));
        }
        BeginBatchMessage begin = b.begin();
        BeginBatchMessage head = new BeginBatchMessage(begin.name(), begin.group(), tags(begin.tags(), e),
                begin.tmax(), begin.sizeHint());
        return new BufferedBatchMessage(head, points);
    }

    private Tags tags(Tags t, AlertEvent e) {
        if (!tags) {
            return t;
        }
        Tags out = t;
        if (!levelTag.isEmpty()) {
            out = out.with(levelTag, e.level().name());
        }
        if (!idTag.isEmpty()) {
            out = out.with(idTag, e.id());
        }
        return out;
    }

    private Fields fields(Fields f, AlertEvent e) {
        if (!fields) {
            return f;
        }
        Fields.Builder b = f.toBuilder();
        if (!levelField.isEmpty()) {
            b.putString(levelField, e.level().name());
        }
        if (!messageField.isEmpty()) {
            b.putString(messageField, e.message());
        }
        if (!idField.isEmpty()) {
            b.putString(idField, e.id());
        }
        if (!durationField.isEmpty()) {
            b.putLong(durationField, e.duration().toNanos());
        }
        return b.build();
    }
}

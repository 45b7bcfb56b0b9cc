package dev.kapacitor.engine.nodes;

import dev.kapacitor.api.alert.AlertLevel;
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
 * Takes the event's parts rather than the event, which is only built when a topic receives it.
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

    /** The parts of an event the annotations show. */
    record Event(AlertLevel level, String id, String message, long durationNanos) {
    }

    /** Whether {@code .messageField()} shows the message, so it has to be rendered. */
    boolean readsMessage() {
        return !messageField.isEmpty();
    }

    PointMessage point(PointMessage p, Event e) {
        if (!tags && !fields) {
            return p;
        }
        return p.withPoint(p.point().withTags(tags(p.tags(), e)).withFields(fields(p.fields(), e)));
    }

    BufferedBatchMessage batch(BufferedBatchMessage b, Event e) {
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

    private Tags tags(Tags t, Event e) {
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

    private Fields fields(Fields f, Event e) {
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
            b.putLong(durationField, e.durationNanos());
        }
        return b.build();
    }
}

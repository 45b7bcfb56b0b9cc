package dev.kapacitor.engine.nodes;

import dev.kapacitor.api.model.FieldType;
import dev.kapacitor.api.model.Fields;
import dev.kapacitor.engine.edge.BatchPointMessage;
import dev.kapacitor.engine.edge.BufferedBatchMessage;
import dev.kapacitor.engine.edge.PointMessage;
import dev.kapacitor.engine.pipeline.ChangeDetectSpec;
import dev.kapacitor.engine.runtime.TaskContext;
import java.util.ArrayList;
import java.util.List;

/**
 * changeDetect(): passes a point only when its field's value differs from the group's last
 * passed value, compared as Go compares interface values (same type and value: 1 and 1.0
 * differ, NaN never equals). Each batch starts afresh; a point without the field is dropped.
 */
final class ChangeDetectNode extends GroupedNode<ChangeDetectNode.Last> {
    private final String field;

    ChangeDetectNode(ChangeDetectSpec spec, TaskContext ctx) {
        super(spec, ctx);
        this.field = spec.field();
    }

    /** The group's last passed value; NULL type until one passed (Go's nil). */
    static final class Last {
        private FieldType type = FieldType.NULL;
        private long bits;
        private String string;

        void reset() {
            type = FieldType.NULL;
            string = null;
        }
    }

    @Override
    protected Last newGroup() {
        return new Last();
    }

    @Override
    public void point(PointMessage p) {
        if (changed(state(p.group()), p.fields())) {
            emit(p);
        }
    }

    @Override
    public void batch(BufferedBatchMessage b) {
        Last last = state(b.group());
        last.reset();
        List<BatchPointMessage> kept = new ArrayList<>(b.points().size());
        for (BatchPointMessage bp : b.points()) {
            if (changed(last, bp.fields())) {
                kept.add(bp);
            }
        }
        emit(b.withPoints(kept));
    }

    private boolean changed(Last last, Fields fields) {
        int i = fields.indexOf(field);
        if (i < 0) {
            error("Invalid field in change detect", new IllegalArgumentException("expected field " + field + " not found"));
            return false;
        }
        FieldType type = fields.typeAt(i);
        if (type == last.type && same(last, fields, i, type)) {
            return false;
        }
        last.type = type;
        last.bits = type == FieldType.STRING ? 0 : fields.longAt(i);
        last.string = type == FieldType.STRING ? fields.stringAt(i) : null;
        return true;
    }

    private static boolean same(Last last, Fields fields, int i, FieldType type) {
        return switch (type) {
            case FLOAT -> Double.longBitsToDouble(last.bits) == fields.doubleAt(i);
            case STRING -> last.string.equals(fields.stringAt(i));
            case NULL -> true;
            default -> last.bits == fields.longAt(i);
        };
    }
}

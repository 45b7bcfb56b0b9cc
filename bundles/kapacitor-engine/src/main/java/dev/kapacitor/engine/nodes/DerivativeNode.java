package dev.kapacitor.engine.nodes;

import dev.kapacitor.api.model.FieldType;
import dev.kapacitor.api.model.Fields;
import dev.kapacitor.engine.edge.BatchPointMessage;
import dev.kapacitor.engine.edge.BufferedBatchMessage;
import dev.kapacitor.engine.edge.PointMessage;
import dev.kapacitor.engine.pipeline.DerivativeSpec;
import dev.kapacitor.engine.runtime.TaskContext;
import java.util.ArrayList;
import java.util.List;

/**
 * derivative(): the change of a numeric field since the group's previous point, per unit of
 * time. The first point of a group (or of each batch) only becomes the previous one. A point
 * without a numeric field is dropped and does not become the previous one; a point at the same
 * time as the previous, or a negative change under nonNegative(), is not emitted but does.
 */
final class DerivativeNode extends GroupedNode<DerivativeNode.Previous> {
    private final String field;
    private final String as;
    private final double unit;
    private final boolean nonNegative;

    DerivativeNode(DerivativeSpec spec, TaskContext ctx) {
        super(spec, ctx);
        this.field = spec.field();
        this.as = spec.as();
        this.unit = spec.unit();
        this.nonNegative = spec.nonNegative();
    }

    /** The group's previous value and time. */
    static final class Previous {
        private boolean present;
        private double value;
        private long time;
    }

    @Override
    protected Previous newGroup() {
        return new Previous();
    }

    @Override
    public void point(PointMessage p) {
        Fields out = derive(state(p.group()), p.fields(), p.time());
        if (out != null) {
            emit(p.withFields(out));
        }
    }

    @Override
    public void batch(BufferedBatchMessage b) {
        Previous prev = state(b.group());
        prev.present = false;
        List<BatchPointMessage> points = new ArrayList<>(b.points().size());
        for (BatchPointMessage bp : b.points()) {
            Fields out = derive(prev, bp.fields(), bp.time());
            if (out != null) {
                points.add(bp.withFields(out));
            }
        }
        emit(b.withPoints(points));
    }

    /** The fields with the derivative added, or null when nothing is emitted. */
    private Fields derive(Previous prev, Fields fields, long time) {
        int i = fields.indexOf(field);
        FieldType type = i < 0 ? null : fields.typeAt(i);
        if (type != FieldType.FLOAT && type != FieldType.INTEGER) {
            error("cannot perform derivative", new IllegalArgumentException("field is the wrong type: field="
                    + field + " type=" + (i < 0 ? "<nil>" : FieldValues.goType(fields.valueAt(i)))));
            return null;
        }
        double current = type == FieldType.FLOAT ? fields.doubleAt(i) : fields.longAt(i);
        boolean hadPrevious = prev.present;
        double diff = current - prev.value;
        long elapsed = time - prev.time;
        prev.present = true;
        prev.value = current;
        prev.time = time;
        if (!hadPrevious) {
            return null;
        }
        if (elapsed == 0) {
            error("cannot perform derivative", new IllegalArgumentException("elapsed time was 0"));
            return null;
        }
        if (nonNegative && diff < 0) {
            return null;
        }
        return fields.toBuilder().putDouble(as, diff / ((double) elapsed / unit)).build();
    }
}

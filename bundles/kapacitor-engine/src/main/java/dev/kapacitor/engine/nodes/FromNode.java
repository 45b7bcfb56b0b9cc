package dev.kapacitor.engine.nodes;

import dev.kapacitor.api.model.Point;
import dev.kapacitor.engine.edge.Group;
import dev.kapacitor.engine.edge.PointMessage;
import dev.kapacitor.engine.lambda.CompiledLambda;
import dev.kapacitor.engine.lambda.LambdaException;
import dev.kapacitor.engine.pipeline.FromSpec;
import dev.kapacitor.engine.runtime.Node;
import dev.kapacitor.engine.runtime.TaskContext;
import dev.kapacitor.engine.runtime.TimeAligner;
import java.util.Set;

/**
 * from(): keeps the points of its database, retention policy and measurement that pass the
 * where lambda, truncates or rounds their time, and assigns their group.
 */
final class FromNode extends Node {
    private final String database;
    private final String retentionPolicy;
    private final String measurement;
    private final CompiledLambda where;
    private final TimeAligner truncate;
    private final TimeAligner round;
    private final Grouper grouper;
    private final boolean byName;
    /** Without groupBy every point is of {@link Group#NIL}: decided once, not per point. */
    private final boolean grouped;

    FromNode(FromSpec spec, TaskContext ctx) {
        super(spec, ctx);
        this.database = emptyToNull(spec.database());
        this.retentionPolicy = emptyToNull(spec.retentionPolicy());
        this.measurement = emptyToNull(spec.measurement());
        this.where = spec.where() == null ? null : spec.where().factory().newInstance();
        this.truncate = spec.truncate() > 0 ? new TimeAligner(spec.truncate()) : null;
        this.round = spec.round() > 0 ? new TimeAligner(spec.round()) : null;
        this.grouper = new Grouper(spec.groupByAll(), spec.groupByTags(), Set.of());
        this.byName = spec.groupByMeasurement();
        this.grouped = grouper.groups(byName);
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    @Override
    public void point(PointMessage m) {
        Point p = m.point();
        if (matches(p)) {
            emit(message(m, p));
        }
    }

    /** The message to emit for a point that matched: the stream's own unless time or group change. */
    private PointMessage message(PointMessage m, Point p) {
        long t = p.time();
        if (truncate != null) {
            t = truncate.truncate(t);
        }
        if (round != null) {
            t = round.round(t);
        }
        Group g = grouped ? grouper.group(p.name(), p.tags(), byName) : Group.NIL;
        if (t == p.time() && g == m.group()) {
            // without groupBy the message from the stream is already the one to emit
            return m;
        }
        return new PointMessage(t == p.time() ? p : p.withTime(t), g);
    }

    /**
     * Only a from() that passes the stream's own messages on takes runs: a where lambda may fail
     * and log per point, and new messages (groupBy, truncate, round) go on one at a time, as
     * grouped runs measured no faster (R2).
     */
    @Override
    protected boolean takesRuns() {
        return where == null && truncate == null && round == null && !grouped;
    }

    @Override
    protected void points(PointMessage[] batch, int from, int to) {
        // the stream's own messages go on: the matching stretches of the run as they are
        int start = from;
        for (int i = from; i < to; i++) {
            if (!matches(batch[i].point())) {
                if (i > start) {
                    emitRun(batch, start, i);
                }
                start = i + 1;
            }
        }
        if (start < to) {
            emitRun(batch, start, to);
        }
    }

    private boolean matches(Point p) {
        if (database != null && !database.equals(p.database())
                || retentionPolicy != null && !retentionPolicy.equals(p.retentionPolicy())
                || measurement != null && !measurement.equals(p.name())) {
            return false;
        }
        if (where == null) {
            return true;
        }
        try {
            return where.test(p);
        } catch (LambdaException e) {
            error("failed to evaluate WHERE expression", e);
            return false;
        }
    }
}

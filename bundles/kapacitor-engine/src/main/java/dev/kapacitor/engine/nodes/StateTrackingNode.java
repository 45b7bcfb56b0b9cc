package dev.kapacitor.engine.nodes;

import dev.kapacitor.api.model.Fields;
import dev.kapacitor.api.model.Point;
import dev.kapacitor.engine.edge.BatchPointMessage;
import dev.kapacitor.engine.edge.BufferedBatchMessage;
import dev.kapacitor.engine.edge.PointMessage;
import dev.kapacitor.engine.lambda.CompiledLambda;
import dev.kapacitor.engine.lambda.LambdaException;
import dev.kapacitor.engine.lambda.LambdaFactory;
import dev.kapacitor.engine.pipeline.StateCountSpec;
import dev.kapacitor.engine.pipeline.StateDurationSpec;
import dev.kapacitor.engine.runtime.TaskContext;
import java.util.ArrayList;
import java.util.List;

/**
 * stateDuration() and stateCount(): how long (in units, a float) or for how many points (an
 * int) the lambda has been true for the group, -1 when it is false. A point the lambda fails on
 * is dropped without touching the state, so a count goes on across it. Each batch starts afresh.
 */
final class StateTrackingNode extends GroupedNode<StateTrackingNode.State> {
    private final LambdaFactory lambda;
    private final String as;
    /** stateDuration, else stateCount. */
    private final boolean duration;
    /** Nanoseconds per unit of stateDuration. */
    private final double unit;

    StateTrackingNode(StateDurationSpec spec, TaskContext ctx) {
        super(spec, ctx);
        this.lambda = spec.lambda().factory();
        this.as = spec.as();
        this.duration = true;
        this.unit = spec.unit();
    }

    StateTrackingNode(StateCountSpec spec, TaskContext ctx) {
        super(spec, ctx);
        this.lambda = spec.lambda().factory();
        this.as = spec.as();
        this.duration = false;
        this.unit = 0;
    }

    /** One group's lambda and state: the count, or when the state began. */
    static final class State {
        private final CompiledLambda lambda;
        private long count;
        private boolean inState;
        private long since;

        State(CompiledLambda lambda) {
            this.lambda = lambda;
        }

        void reset() {
            count = 0;
            inState = false;
        }
    }

    @Override
    protected State newGroup() {
        return new State(lambda.newInstance());
    }

    @Override
    public void point(PointMessage p) {
        Fields out = trackOrDrop(state(p.group()), p.point());
        if (out != null) {
            emit(p.withFields(out));
        }
    }

    @Override
    public void batch(BufferedBatchMessage b) {
        State s = state(b.group());
        s.reset();
        List<BatchPointMessage> points = new ArrayList<>(b.points().size());
        for (BatchPointMessage bp : b.points()) {
            Fields out = trackOrDrop(s, BatchPoints.toPoint(b, bp));
            if (out != null) {
                points.add(bp.withFields(out));
            }
        }
        emit(b.withPoints(points));
    }

    private Fields trackOrDrop(State s, Point p) {
        boolean pass;
        try {
            pass = s.lambda.test(p);
        } catch (LambdaException e) {
            error("error while evaluating expression", e);
            return null;
        }
        Fields.Builder b = p.fields().toBuilder();
        if (duration) {
            b.putDouble(as, duration(s, pass, p.time()));
        } else {
            s.count = pass ? s.count + 1 : 0;
            b.putLong(as, pass ? s.count : -1);
        }
        return b.build();
    }

    private double duration(State s, boolean pass, long time) {
        if (!pass) {
            s.inState = false;
            return -1;
        }
        if (!s.inState) {
            s.inState = true;
            s.since = time;
        }
        return (double) (time - s.since) / unit;
    }
}

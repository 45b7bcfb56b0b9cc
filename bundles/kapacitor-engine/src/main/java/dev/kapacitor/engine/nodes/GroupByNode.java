package dev.kapacitor.engine.nodes;

import dev.kapacitor.engine.edge.BarrierMessage;
import dev.kapacitor.engine.edge.BatchPointMessage;
import dev.kapacitor.engine.edge.BeginBatchMessage;
import dev.kapacitor.engine.edge.BufferedBatchMessage;
import dev.kapacitor.engine.edge.Group;
import dev.kapacitor.engine.edge.PointMessage;
import dev.kapacitor.engine.pipeline.GroupBySpec;
import dev.kapacitor.engine.runtime.Node;
import dev.kapacitor.engine.runtime.TaskContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * groupBy(): gives each point its new group; grouping by measurement is kept once a parent
 * asked for it. Batch points are regrouped into new batches, which Kapacitor holds until a batch
 * with another time (or a barrier) arrives, so that batches of equal time from several parent
 * groups merge; each new batch's points are then sorted by time.
 */
final class GroupByNode extends Node {
    private static final Comparator<BatchPointMessage> BY_TIME = Comparator.comparingLong(BatchPointMessage::time);

    private final Grouper grouper;
    private final boolean byMeasurement;
    /** Regrouped batches waiting for a new batch time, in the order their groups appeared. */
    private final Map<Group, Regrouped> pending = new LinkedHashMap<>();
    private long pendingTime = Long.MIN_VALUE;

    GroupByNode(GroupBySpec spec, TaskContext ctx) {
        super(spec, ctx);
        this.grouper = new Grouper(spec.all(), spec.tags(), Set.copyOf(spec.excluded()));
        this.byMeasurement = spec.byMeasurement();
    }

    @Override
    public void point(PointMessage p) {
        boolean byName = byMeasurement || p.group().dimensions().byName();
        emit(p.withGroup(grouper.group(p.name(), p.tags(), byName)));
    }

    @Override
    public void batch(BufferedBatchMessage b) {
        BeginBatchMessage begin = b.begin();
        flush(begin.tmax());
        boolean byName = byMeasurement || b.group().dimensions().byName();
        for (BatchPointMessage bp : b.points()) {
            Group g = grouper.group(begin.name(), bp.tags(), byName);
            Regrouped r = pending.get(g);
            if (r == null) {
                r = new Regrouped(begin.name(), g, begin.tmax());
                pending.put(g, r);
            }
            r.points.add(bp);
        }
    }

    @Override
    public void barrier(BarrierMessage b) {
        flush(b.time());
        emit(b);
    }

    private void flush(long time) {
        if (time == pendingTime) {
            return;
        }
        pendingTime = time;
        if (pending.isEmpty()) {
            return;
        }
        List<Regrouped> ready = new ArrayList<>(pending.values());
        pending.clear();
        for (Regrouped r : ready) {
            r.points.sort(BY_TIME);
            emit(new BufferedBatchMessage(new BeginBatchMessage(r.name, r.group, r.group.tags(), r.tmax, r.points.size()),
                    r.points));
        }
    }

    @Override
    protected int cardinality() {
        return pending.size();
    }

    private static final class Regrouped {
        final String name;
        final Group group;
        final long tmax;
        final List<BatchPointMessage> points = new ArrayList<>();

        Regrouped(String name, Group group, long tmax) {
            this.name = name;
            this.group = group;
            this.tmax = tmax;
        }
    }
}

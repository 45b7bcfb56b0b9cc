package dev.kapacitor.engine.runtime;

import dev.kapacitor.engine.edge.BufferedBatchMessage;
import dev.kapacitor.engine.edge.Group;
import dev.kapacitor.engine.edge.Message;
import dev.kapacitor.engine.edge.PointMessage;

/**
 * What a node emitted per group, as Kapacitor's edge group stats count it: one per point, and
 * the number of points for a batch. Kapacitor never forgets a group here; an expired group
 * (group-idle-ttl) is forgotten. Task thread only.
 */
public final class EmittedByGroup {
    private final GroupStates<long[]> counts;

    EmittedByGroup(TaskContext ctx) {
        counts = new GroupStates<>(ctx, g -> new long[1]);
    }

    void count(Message m) {
        if (m instanceof PointMessage p) {
            counts.get(p.group())[0]++;
        } else if (m instanceof BufferedBatchMessage b) {
            counts.get(b.group())[0] += b.points().size();
        }
    }

    void forget(Group g) {
        counts.remove(g);
    }

    public boolean isEmpty() {
        return counts.isEmpty();
    }

    /** Each group with its count, in the order the groups first appeared. */
    public void forEach(GroupCount action) {
        counts.forEach((g, c) -> action.accept(g, c[0]));
    }

    /** Receives one group's count. */
    @FunctionalInterface
    public interface GroupCount {
        void accept(Group group, long count);
    }
}

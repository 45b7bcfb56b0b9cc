package dev.kapacitor.engine.runtime;

import dev.kapacitor.engine.edge.BufferedBatchMessage;
import dev.kapacitor.engine.edge.Group;
import dev.kapacitor.engine.edge.Message;
import dev.kapacitor.engine.edge.PointMessage;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a node emitted per group, as Kapacitor's edge group stats count it: one per point, and
 * the number of points for a batch. Groups are never forgotten. Task thread only.
 */
public final class EmittedByGroup {
    private final Map<Group, long[]> counts = new LinkedHashMap<>();

    void count(Message m) {
        if (m instanceof PointMessage p) {
            add(p.group(), 1);
        } else if (m instanceof BufferedBatchMessage b) {
            add(b.group(), b.points().size());
        }
    }

    private void add(Group g, long n) {
        long[] c = counts.get(g);
        if (c == null) {
            counts.put(g, new long[] {n});
        } else {
            c[0] += n;
        }
    }

    public boolean isEmpty() {
        return counts.isEmpty();
    }

    /** Each group with its count, in the order the groups first appeared. */
    public void forEach(GroupCount action) {
        for (Map.Entry<Group, long[]> e : counts.entrySet()) {
            action.accept(e.getKey(), e.getValue()[0]);
        }
    }

    /** Receives one group's count. */
    @FunctionalInterface
    public interface GroupCount {
        void accept(Group group, long count);
    }
}

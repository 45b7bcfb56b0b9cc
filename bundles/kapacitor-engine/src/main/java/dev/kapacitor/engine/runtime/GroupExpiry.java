package dev.kapacitor.engine.runtime;

import dev.kapacitor.engine.edge.Group;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The group-idle-ttl of a task: which groups had no data for the ttl, in the task's data time
 * (so a replay expires the same groups at the same points as the live run did). Idle groups are
 * looked for whenever the data time moved on by an eighth of the ttl, so a group is forgotten
 * after between 1 and 1.125 ttl without data. Task thread only.
 */
final class GroupExpiry {
    /** Checks per ttl: more bound memory closer to the ttl, fewer cost less. */
    private static final int SWEEPS_PER_TTL = 8;

    private final long ttl;
    private final long interval;
    private final Map<Group, GroupActivity> groups = new HashMap<>();
    private long nextSweep = Long.MIN_VALUE;

    GroupExpiry(long ttl) {
        if (ttl <= 0) {
            throw new IllegalArgumentException("group idle ttl must be positive: " + ttl);
        }
        this.ttl = ttl;
        this.interval = Math.max(1, ttl / SWEEPS_PER_TTL);
    }

    /** The activity of a group, registered at its first sight. */
    GroupActivity activity(Group g, long clock) {
        GroupActivity a = groups.get(g);
        if (a == null) {
            a = new GroupActivity(clock);
            groups.put(g, a);
        }
        return a;
    }

    /** The groups that went idle by this data time, now forgotten here; empty between sweeps. */
    List<Group> expired(long clock) {
        if (clock < nextSweep) {
            return List.of();
        }
        nextSweep = clock > Long.MAX_VALUE - interval ? Long.MAX_VALUE : clock + interval;
        long cutoff = clock - ttl;
        List<Group> out = null;
        for (Iterator<Map.Entry<Group, GroupActivity>> it = groups.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Group, GroupActivity> e = it.next();
            if (e.getValue().lastSeen <= cutoff) {
                it.remove();
                out = out == null ? new ArrayList<>() : out;
                out.add(e.getKey());
            }
        }
        return out == null ? List.of() : out;
    }
}

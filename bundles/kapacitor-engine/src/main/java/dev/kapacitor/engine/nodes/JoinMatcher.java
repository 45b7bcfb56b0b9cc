package dev.kapacitor.engine.nodes;

import dev.kapacitor.api.model.Tags;
import dev.kapacitor.engine.edge.BeginBatchMessage;
import dev.kapacitor.engine.edge.BufferedBatchMessage;
import dev.kapacitor.engine.edge.Dimensions;
import dev.kapacitor.engine.edge.Group;
import dev.kapacitor.engine.edge.Message;
import dev.kapacitor.engine.edge.PointMessage;
import dev.kapacitor.engine.runtime.GroupStates;
import dev.kapacitor.engine.runtime.TaskContext;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * join().on(tags): pairs "specific" data (grouped by more tags than the on() tags) with the
 * "match" data of the same on() tag values and time, as Kapacitor's matchPoints does. A match
 * is given the specific data's tags and group, and both go to that group's join. Specific data
 * that can no longer get a match (every parent has moved past its time) goes on alone.
 */
final class JoinMatcher {
    /** Where matched data goes: the join of the group. */
    @FunctionalInterface
    interface Sink {
        void collect(Group group, int src, Message m, long time);
    }

    private record Waiting(int src, Message msg, long time) {
    }

    /** One on() group: the time each parent last reached, and the data waiting for a partner. */
    private static final class OnGroup {
        final long[] lowMarks;
        final ArrayDeque<Waiting> matches = new ArrayDeque<>();
        final ArrayDeque<Waiting> specifics = new ArrayDeque<>();

        OnGroup(int parents) {
            lowMarks = new long[parents];
            Arrays.fill(lowMarks, Tolerance.ZERO);
        }
    }

    private final int onCount;
    private final Dimensions on;
    private final Dimensions onByName;
    private final int parents;
    private final Tolerance tolerance;
    private final Sink sink;
    private final boolean[] reported;
    private int reportedCount;
    private final GroupStates<OnGroup> groups;

    JoinMatcher(TaskContext ctx, List<String> on, int parents, Tolerance tolerance, Sink sink) {
        String[] tags = on.toArray(new String[0]);
        this.onCount = tags.length;
        this.on = Dimensions.of(false, tags);
        this.onByName = Dimensions.of(true, tags);
        this.parents = parents;
        this.tolerance = tolerance;
        this.sink = sink;
        this.reported = new boolean[parents];
        this.groups = new GroupStates<>(ctx, g -> new OnGroup(parents));
    }

    /** The on() group had no data for the group-idle-ttl: what waits in it can never be joined. */
    void expire(Group onGroup) {
        groups.remove(onGroup);
    }

    void match(int src, Message m, long time) {
        if (!reported[src]) {
            reported[src] = true;
            reportedCount++;
        }
        boolean allReported = reportedCount == parents;
        long t = tolerance.round(time);
        Group own = m.group();
        Group onGroup = Group.of(own.dimensions().byName() ? onByName : on, name(m), own.tags());
        OnGroup g = groups.get(onGroup);
        g.lowMarks[src] = t;
        long lowMark = allReported ? lowMark(g) : Tolerance.ZERO;
        if (allReported) {
            while (!g.specifics.isEmpty() && tolerance.round(g.specifics.peekFirst().time) < lowMark) {
                alone(g.specifics.pollFirst());
            }
        }
        Waiting w = new Waiting(src, m, time);
        if (own.dimensions().size() > onCount) {
            specific(g, w, t, lowMark, allReported);
        } else {
            g.matches.add(w);
            while (!g.specifics.isEmpty() && tolerance.round(g.specifics.peekFirst().time) == t) {
                pair(g.specifics.pollFirst(), w);
            }
        }
    }

    /**
     * Kapacitor's lowest time of the parents for the group; a parent not heard of in the group
     * counts as the zero time, and a zero so far is replaced by the next parent's time.
     */
    private long lowMark(OnGroup g) {
        long low = Tolerance.ZERO;
        for (long lm : g.lowMarks) {
            if (low == Tolerance.ZERO || lm < low) {
                low = lm;
            }
        }
        return low;
    }

    private void specific(OnGroup g, Waiting w, long t, long lowMark, boolean allReported) {
        boolean matched = false;
        Iterator<Waiting> it = g.matches.iterator();
        while (it.hasNext()) {
            Waiting match = it.next();
            long pt = tolerance.round(match.time);
            if (pt == t) {
                pair(w, match);
                matched = true;
            }
            if (pt >= lowMark) {
                break;
            }
            if (allReported) {
                // passed the low mark: no more specific data can pair with it
                it.remove();
            }
        }
        if (!matched) {
            if (allReported && t < lowMark) {
                alone(w);
            } else {
                g.specifics.add(w);
            }
        }
    }

    /** The match takes the specific data's tags and group; both join in that group. */
    private void pair(Waiting specific, Waiting match) {
        Group g = specific.msg.group();
        Tags tags = g.tags();
        Message renamed;
        if (match.msg instanceof PointMessage p) {
            Group pg = g.dimensions().byName() ? Group.of(g.dimensions(), p.name(), tags) : g;
            renamed = new PointMessage(p.point().withTags(tags), pg);
        } else {
            BufferedBatchMessage b = (BufferedBatchMessage) match.msg;
            BeginBatchMessage begin = b.begin();
            renamed = new BufferedBatchMessage(new BeginBatchMessage(begin.name(), g, tags, begin.tmax(), begin.sizeHint()),
                    b.points());
        }
        sink.collect(g, specific.src, specific.msg, specific.time);
        sink.collect(g, match.src, renamed, match.time);
    }

    private void alone(Waiting specific) {
        sink.collect(specific.msg.group(), specific.src, specific.msg, specific.time);
    }

    private static String name(Message m) {
        return m instanceof PointMessage p ? p.name() : ((BufferedBatchMessage) m).name();
    }
}

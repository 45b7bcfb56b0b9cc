package dev.kapacitor.engine.nodes;

import dev.kapacitor.engine.edge.Message;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The join sets of one group, by rounded time, as Kapacitor's joinGroup keeps them. After each
 * message the sets of the oldest time are emitted: only complete ones while some parent has not
 * yet got past that time, else all of them (incomplete ones fill or drop).
 */
final class JoinGroup {
    private final JoinRules rules;
    private final TreeMap<Long, List<JoinSet>> sets = new TreeMap<>();
    /** The time each parent last reached; ZERO before its first message. */
    private final long[] head;

    JoinGroup(JoinRules rules, int parents) {
        this.rules = rules;
        this.head = new long[parents];
        Arrays.fill(head, Tolerance.ZERO);
    }

    void collect(int src, Message m, long time, Consumer<JoinSet> out) {
        long t = rules.tolerance.round(time);
        List<JoinSet> atTime = sets.computeIfAbsent(t, k -> new ArrayList<>(1));
        JoinSet set = null;
        for (JoinSet s : atTime) {
            if (!s.has(src)) {
                set = s;
                break;
            }
        }
        if (set == null) {
            set = new JoinSet(rules, t);
            atTime.add(set);
        }
        set.set(src, m);
        head[src] = t;
        long oldest = sets.firstKey();
        boolean onlyReady = false;
        for (long h : head) {
            if (h <= oldest) {
                onlyReady = true;
                break;
            }
        }
        emitOldest(onlyReady, out);
    }

    /** Emits everything (the task stops). */
    void finish(Consumer<JoinSet> out) {
        while (!sets.isEmpty()) {
            emitOldest(false, out);
        }
    }

    private void emitOldest(boolean onlyReady, Consumer<JoinSet> out) {
        Map.Entry<Long, List<JoinSet>> oldest = sets.firstEntry();
        List<JoinSet> atTime = oldest.getValue();
        int i = 0;
        while (i < atTime.size() && (!onlyReady || atTime.get(i).ready())) {
            out.accept(atTime.get(i));
            i++;
        }
        if (i == atTime.size()) {
            sets.remove(oldest.getKey());
        } else {
            atTime.subList(0, i).clear();
        }
    }
}

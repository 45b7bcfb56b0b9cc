package dev.kapacitor.engine.nodes;

import dev.kapacitor.api.model.Fields;
import dev.kapacitor.api.model.Point;
import dev.kapacitor.api.model.Tags;
import dev.kapacitor.engine.edge.BatchPointMessage;
import dev.kapacitor.engine.edge.BeginBatchMessage;
import dev.kapacitor.engine.edge.BufferedBatchMessage;
import dev.kapacitor.engine.edge.Group;
import dev.kapacitor.engine.edge.Message;
import dev.kapacitor.engine.edge.PointMessage;
import java.util.ArrayList;
import java.util.List;

/** The points (or batches) of one joined time, at most one per parent, and how they merge into one. */
final class JoinSet {
    private final JoinRules rules;
    final long time;
    private final Message[] values;
    private int size;
    private int first;

    JoinSet(JoinRules rules, long time) {
        this.rules = rules;
        this.time = time;
        this.values = new Message[rules.parents];
        this.first = values.length;
    }

    boolean ready() {
        return size == values.length;
    }

    boolean has(int src) {
        return values[src] != null;
    }

    void set(int src, Message m) {
        if (src < first) {
            first = src;
        }
        values[src] = m;
        size++;
    }

    /** The set as one point, named after the stream name or the first parent's point; null for an inner join missing a parent. */
    PointMessage joinIntoPoint() {
        PointMessage head = (PointMessage) values[first];
        Fields headFields = head.fields();
        Fields.Builder fields = new Fields.Builder(size * headFields.size());
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                rules.put(i, ((PointMessage) values[i]).fields(), fields);
            } else if (rules.fill == JoinRules.Fill.NONE) {
                return null;
            } else {
                for (int k = 0; k < headFields.size(); k++) {
                    rules.fill(i, headFields.keyAt(k), fields);
                }
            }
        }
        String name = name(head.name());
        Tags tags = head.group().tags();
        Point p = new Point(null, null, name, tags, fields.build(), time);
        return new PointMessage(p, group(head.group(), name, tags));
    }

    /**
     * The set as one batch: the batches' points matched by rounded time, in time order, as
     * Kapacitor's JoinIntoBatch walks them. Missing points are filled with the fields of the
     * first point matched in the whole set.
     */
    BufferedBatchMessage joinIntoBatch() {
        BufferedBatchMessage head = (BufferedBatchMessage) values[first];
        String name = name(head.name());
        Tags tags = head.begin().tags();
        int n = values.length;
        int[] next = new int[n];
        boolean[] done = new boolean[n];
        int doneCount = 0;
        List<String> fieldNames = null;
        List<BatchPointMessage> out = new ArrayList<>(head.points().size());
        while (doneCount < n) {
            BatchPointMessage[] set = new BatchPointMessage[n];
            long setTime = Tolerance.ZERO;
            int count = 0;
            for (int i = 0; i < n; i++) {
                if (done[i]) {
                    continue;
                }
                List<BatchPointMessage> points = values[i] == null ? null : ((BufferedBatchMessage) values[i]).points();
                if (points == null || next[i] == points.size()) {
                    doneCount++;
                    done[i] = true;
                    continue;
                }
                BatchPointMessage bp = points.get(next[i]);
                long t = rules.tolerance.round(bp.time());
                if (setTime == Tolerance.ZERO) {
                    setTime = t;
                }
                if (t < setTime) {
                    // an earlier point: start the set again from it
                    setTime = t;
                    for (int j = 0; j < n; j++) {
                        if (set[j] != null) {
                            next[j]--;
                        }
                        set[j] = null;
                    }
                    set[i] = bp;
                    next[i]++;
                    count = 1;
                } else if (t == setTime) {
                    if (fieldNames == null) {
                        fieldNames = keys(bp.fields());
                    }
                    set[i] = bp;
                    next[i]++;
                    count++;
                }
            }
            if (count > 0) {
                Fields fields = merge(set, fieldNames);
                if (fields != null) {
                    out.add(new BatchPointMessage(setTime, fields, tags));
                }
            }
        }
        BeginBatchMessage begin = new BeginBatchMessage(name, group(head.group(), name, tags), tags, time, out.size());
        return new BufferedBatchMessage(begin, out);
    }

    private Fields merge(BatchPointMessage[] set, List<String> fieldNames) {
        Fields.Builder fields = new Fields.Builder();
        for (int i = 0; i < set.length; i++) {
            if (set[i] != null) {
                rules.put(i, set[i].fields(), fields);
            } else if (rules.fill == JoinRules.Fill.NONE) {
                return null;
            } else if (fieldNames != null) {
                for (String k : fieldNames) {
                    rules.fill(i, k, fields);
                }
            }
        }
        return fields.build();
    }

    private String name(String headName) {
        return rules.streamName.isEmpty() ? headName : rules.streamName;
    }

    /** The joined data's group: the first parent's, renamed when grouped by measurement. */
    private static Group group(Group head, String name, Tags tags) {
        return head.dimensions().byName() ? Group.of(head.dimensions(), name, tags) : head;
    }

    private static List<String> keys(Fields f) {
        List<String> keys = new ArrayList<>(f.size());
        for (int i = 0; i < f.size(); i++) {
            keys.add(f.keyAt(i));
        }
        return keys;
    }
}

package dev.kapacitor.engine.nodes;

import dev.kapacitor.api.model.Fields;
import dev.kapacitor.api.model.Tags;
import dev.kapacitor.engine.edge.BatchPointMessage;
import java.util.Arrays;
import java.util.List;

/**
 * The points of one group's window, oldest first, kept column by column in rings of primitive
 * arrays rather than as point objects: a float point costs its time, its value and two shared
 * references (its tags and its field layout), and a long window is a few large arrays for the
 * garbage collector instead of millions of small objects. Batch points are rebuilt when a window
 * is emitted. Field values follow the points in a second ring, in the same order, so a point's
 * values start where the previous point's end and need no index.
 */
final class WindowBuffer {
    private static final int INITIAL = 8;

    private long[] times = new long[INITIAL];
    private Tags[] tags = new Tags[INITIAL];
    private Fields.Layout[] layouts = new Fields.Layout[INITIAL];
    private int head;
    private int size;

    private long[] values = new long[INITIAL];
    /** Parallel to {@link #values}; created when the first string field arrives. */
    private String[] strings;
    private int valuesHead;
    private int valuesSize;

    private Fields.Layout lastLayout;

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    long oldestTime() {
        return times[head];
    }

    /** The time of the point added last. */
    long newestTime() {
        return times[(head + size - 1) & (times.length - 1)];
    }

    void add(long time, Tags t, Fields f) {
        Fields.Layout layout = layoutOf(f);
        if (size == times.length) {
            growPoints();
        }
        int n = layout.size();
        if (valuesSize + n > values.length) {
            growValues(valuesSize + n);
        }
        if (layout.hasStrings() && strings == null) {
            strings = new String[values.length];
        }
        int at = (head + size) & (times.length - 1);
        times[at] = time;
        tags[at] = t;
        layouts[at] = layout;
        size++;
        int mask = values.length - 1;
        int v = (valuesHead + valuesSize) & mask;
        boolean hasStrings = layout.hasStrings();
        for (int i = 0; i < n; i++, v = (v + 1) & mask) {
            values[v] = f.bitsAt(i);
            if (hasStrings) {
                strings[v] = f.stringAt(i);
            }
        }
        valuesSize += n;
    }

    void dropOldest() {
        int n = layouts[head].size();
        if (strings != null) {
            int mask = strings.length - 1;
            for (int i = 0, v = valuesHead; i < n; i++, v = (v + 1) & mask) {
                strings[v] = null;
            }
        }
        valuesHead = (valuesHead + n) & (values.length - 1);
        valuesSize -= n;
        tags[head] = null;
        layouts[head] = null;
        head = (head + 1) & (times.length - 1);
        size--;
    }

    /** The points as batch points, oldest first. */
    List<BatchPointMessage> points() {
        if (size == 0) {
            return List.of();
        }
        BatchPointMessage[] out = new BatchPointMessage[size];
        int pointMask = times.length - 1;
        int valueMask = values.length - 1;
        int v = valuesHead;
        for (int i = 0; i < size; i++) {
            int at = (head + i) & pointMask;
            Fields.Layout layout = layouts[at];
            int n = layout.size();
            long[] bits = new long[n];
            String[] s = layout.hasStrings() ? new String[n] : null;
            for (int k = 0; k < n; k++, v = (v + 1) & valueMask) {
                bits[k] = values[v];
                if (s != null) {
                    s[k] = strings[v];
                }
            }
            out[i] = new BatchPointMessage(times[at], layout.fields(bits, s), tags[at]);
        }
        return List.of(out);
    }

    /** Consecutive points nearly always share their field names and types: reuse the last layout. */
    private Fields.Layout layoutOf(Fields f) {
        Fields.Layout l = lastLayout;
        if (l == null || !l.matches(f)) {
            l = Fields.Layout.of(f);
            lastLayout = l;
        }
        return l;
    }

    private void growPoints() {
        int n = times.length;
        times = unroll(times, head, n * 2);
        tags = unroll(tags, head, n * 2);
        layouts = unroll(layouts, head, n * 2);
        head = 0;
    }

    private void growValues(int needed) {
        int c = values.length * 2;
        while (c < needed) {
            c *= 2;
        }
        values = unroll(values, valuesHead, c);
        if (strings != null) {
            strings = unroll(strings, valuesHead, c);
        }
        valuesHead = 0;
    }

    /** A full ring of the old length copied into a new array of {@code capacity}, oldest first. */
    private static long[] unroll(long[] ring, int from, int capacity) {
        long[] a = new long[capacity];
        int tail = ring.length - from;
        System.arraycopy(ring, from, a, 0, tail);
        System.arraycopy(ring, 0, a, tail, from);
        return a;
    }

    private static <T> T[] unroll(T[] ring, int from, int capacity) {
        T[] a = Arrays.copyOf(ring, capacity);
        int tail = ring.length - from;
        System.arraycopy(ring, from, a, 0, tail);
        System.arraycopy(ring, 0, a, tail, from);
        return a;
    }
}

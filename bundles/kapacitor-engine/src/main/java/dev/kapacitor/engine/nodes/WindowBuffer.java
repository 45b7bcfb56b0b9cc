package dev.kapacitor.engine.nodes;

import dev.kapacitor.api.model.FieldType;
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
    private Layout[] layouts = new Layout[INITIAL];
    private int head;
    private int size;

    private long[] values = new long[INITIAL];
    /** Parallel to {@link #values}; created when the first string field arrives. */
    private String[] strings;
    private int valuesHead;
    private int valuesSize;

    private Layout lastLayout;
    private final Fields.Builder builder = new Fields.Builder();

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
        Layout layout = layoutOf(f);
        if (size == times.length) {
            growPoints();
        }
        int n = layout.keys.length;
        if (valuesSize + n > values.length) {
            growValues(valuesSize + n);
        }
        if (layout.hasStrings && strings == null) {
            strings = new String[values.length];
        }
        int at = (head + size) & (times.length - 1);
        times[at] = time;
        tags[at] = t;
        layouts[at] = layout;
        size++;
        int mask = values.length - 1;
        int v = (valuesHead + valuesSize) & mask;
        for (int i = 0; i < n; i++, v = (v + 1) & mask) {
            switch (layout.types[i]) {
                case FLOAT -> values[v] = Double.doubleToRawLongBits(f.doubleAt(i));
                case INTEGER -> values[v] = f.longAt(i);
                case BOOLEAN -> values[v] = f.booleanAt(i) ? 1 : 0;
                default -> strings[v] = f.stringAt(i);
            }
        }
        valuesSize += n;
    }

    void dropOldest() {
        int n = layouts[head].keys.length;
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
            Layout layout = layouts[at];
            builder.clear();
            for (int k = 0; k < layout.keys.length; k++, v = (v + 1) & valueMask) {
                String key = layout.keys[k];
                switch (layout.types[k]) {
                    case FLOAT -> builder.putDouble(key, Double.longBitsToDouble(values[v]));
                    case INTEGER -> builder.putLong(key, values[v]);
                    case BOOLEAN -> builder.putBoolean(key, values[v] != 0);
                    default -> builder.putString(key, strings[v]);
                }
            }
            out[i] = new BatchPointMessage(times[at], builder.build(), tags[at]);
        }
        return List.of(out);
    }

    /** Consecutive points nearly always share their field names and types: reuse the last layout. */
    private Layout layoutOf(Fields f) {
        Layout l = lastLayout;
        if (l == null || !l.matches(f)) {
            l = new Layout(f);
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

    /** The field names and types of a point, shared by the points that have the same. */
    private static final class Layout {
        final String[] keys;
        final FieldType[] types;
        final boolean hasStrings;

        Layout(Fields f) {
            int n = f.size();
            keys = new String[n];
            types = new FieldType[n];
            boolean s = false;
            for (int i = 0; i < n; i++) {
                keys[i] = f.keyAt(i);
                types[i] = f.typeAt(i);
                s |= types[i] == FieldType.STRING;
            }
            hasStrings = s;
        }

        boolean matches(Fields f) {
            if (f.size() != keys.length) {
                return false;
            }
            for (int i = 0; i < keys.length; i++) {
                if (types[i] != f.typeAt(i) || !keys[i].equals(f.keyAt(i))) {
                    return false;
                }
            }
            return true;
        }
    }
}

package dev.kapacitor.engine.nodes;

import dev.kapacitor.api.model.Fields;
import dev.kapacitor.api.model.Tags;
import dev.kapacitor.engine.edge.BatchPointMessage;
import dev.kapacitor.engine.edge.WindowPoints;
import java.util.Arrays;
import java.util.List;

/**
 * The points of one group's window, oldest first, kept column by column in rings of primitive
 * arrays rather than as point objects: a float point costs its time, its value and two shared
 * references (its tags and its field layout), and a long window is a few large arrays for the
 * garbage collector instead of millions of small objects. An emitted window is a view over
 * copies of these columns ({@link WindowPoints}), which builds batch points only on demand. Field values follow the points in a second ring, in the same order, so a point's
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

    /**
     * Drops the points before {@code oldest} (and at it unless {@code keepOldest}) at once: a
     * window that moves by its whole period drops everything it emitted.
     */
    void dropBefore(long oldest, boolean keepOldest) {
        int pointMask = times.length - 1;
        int k = 0;
        int n = 0;
        for (; k < size; k++) {
            int at = (head + k) & pointMask;
            long t = times[at];
            if (t > oldest || keepOldest && t == oldest) {
                break;
            }
            n += layouts[at].size();
        }
        if (k == 0) {
            return;
        }
        if (strings != null) {
            clearRing(strings, valuesHead, n);
        }
        clearRing(tags, head, k);
        clearRing(layouts, head, k);
        valuesHead = (valuesHead + n) & (values.length - 1);
        valuesSize -= n;
        head = (head + k) & pointMask;
        size -= k;
    }

    /** The points, oldest first, as one batch's view over copies of the columns. */
    List<BatchPointMessage> points() {
        if (size == 0) {
            return List.of();
        }
        long[] t = new long[size];
        copyRing(times, times.length, head, t, size);
        long[] v = new long[valuesSize];
        copyRing(values, values.length, valuesHead, v, valuesSize);
        String[] s = null;
        if (strings != null) {
            s = new String[valuesSize];
            copyRing(strings, strings.length, valuesHead, s, valuesSize);
        }
        Fields.Layout[] l = shared(layouts);
        return new WindowPoints(t, shared(tags), l, v, s, l.length == 1 ? null : starts(l));
    }

    /** The ring's current entries, or just the first when all of them are the very same object. */
    private <T> T[] shared(T[] ring) {
        int mask = ring.length - 1;
        T first = ring[head];
        for (int i = 1; i < size; i++) {
            if (ring[(head + i) & mask] != first) {
                T[] all = Arrays.copyOf(ring, size);
                copyRing(ring, ring.length, head, all, size);
                return all;
            }
        }
        T[] one = Arrays.copyOf(ring, 1);
        one[0] = first;
        return one;
    }

    private static int[] starts(Fields.Layout[] layouts) {
        int[] starts = new int[layouts.length];
        for (int i = 1; i < layouts.length; i++) {
            starts[i] = starts[i - 1] + layouts[i - 1].size();
        }
        return starts;
    }

    /** Copies {@code count} entries of a ring, starting at {@code from}, to the start of {@code dest}. */
    private static void copyRing(Object ring, int ringLength, int from, Object dest, int count) {
        int first = Math.min(count, ringLength - from);
        System.arraycopy(ring, from, dest, 0, first);
        System.arraycopy(ring, 0, dest, first, count - first);
    }

    private static void clearRing(Object[] ring, int from, int count) {
        int first = Math.min(count, ring.length - from);
        Arrays.fill(ring, from, from + first, null);
        Arrays.fill(ring, 0, count - first, null);
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

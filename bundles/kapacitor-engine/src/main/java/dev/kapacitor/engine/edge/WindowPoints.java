package dev.kapacitor.engine.edge;

import dev.kapacitor.api.model.Fields;
import dev.kapacitor.api.model.Tags;
import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * The points of an emitted window, kept as the window kept them: times and raw value bits in
 * primitive arrays. A batch point is built the first time someone asks for it, so a reducer that
 * reads the values column by column ({@link #bits}) builds none. Immutable as seen from outside:
 * the arrays are owned, and an httpOut may read it from another thread.
 */
public final class WindowPoints extends AbstractList<BatchPointMessage> implements RandomAccess {
    private final long[] times;
    /** One per point, or a single one shared by every point. */
    private final Tags[] tags;
    /** One per point, or a single one shared by every point. */
    private final Fields.Layout[] layouts;
    private final long[] values;
    /** Parallel to values; null when no point has a string field. */
    private final String[] strings;
    /** Where each point's values start; null with a single layout, whose width places them. */
    private final int[] starts;
    /**
     * The points built so far, so that a window read by several nodes builds each once. Racy on
     * purpose, as String's hash: a point is immutable, so a reader that misses one builds its own.
     */
    private BatchPointMessage[] built;

    /** Takes ownership of the arrays; see the fields for their shapes. */
    public WindowPoints(long[] times, Tags[] tags, Fields.Layout[] layouts, long[] values, String[] strings,
            int[] starts) {
        this.times = times;
        this.tags = tags;
        this.layouts = layouts;
        this.values = values;
        this.strings = strings;
        this.starts = starts;
    }

    @Override
    public int size() {
        return times.length;
    }

    @Override
    public BatchPointMessage get(int i) {
        BatchPointMessage[] b = built;
        if (b == null) {
            b = new BatchPointMessage[times.length];
            built = b;
        }
        BatchPointMessage p = b[i];
        if (p == null) {
            p = new BatchPointMessage(times[i], fields(i), tags(i));
            b[i] = p;
        }
        return p;
    }

    public long time(int i) {
        return times[i];
    }

    public Tags tags(int i) {
        return tags.length == 1 ? tags[0] : tags[i];
    }

    public Fields.Layout layout(int i) {
        return layouts.length == 1 ? layouts[0] : layouts[i];
    }

    /** The raw bits of field {@code field} of point i (see {@link Fields#bitsAt}). */
    public long bits(int i, int field) {
        return values[start(i) + field];
    }

    /** The string of field {@code field} of point i; null for other types, as {@link Fields#stringAt}. */
    public String string(int i, int field) {
        return strings == null ? null : strings[start(i) + field];
    }

    private int start(int i) {
        return starts == null ? i * layouts[0].size() : starts[i];
    }

    private Fields fields(int i) {
        Fields.Layout l = layout(i);
        int n = l.size();
        int from = start(i);
        long[] bits = new long[n];
        System.arraycopy(values, from, bits, 0, n);
        String[] s = null;
        if (l.hasStrings()) {
            s = new String[n];
            System.arraycopy(strings, from, s, 0, n);
        }
        return l.fields(bits, s);
    }
}

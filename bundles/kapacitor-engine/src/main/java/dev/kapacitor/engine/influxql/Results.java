package dev.kapacitor.engine.influxql;

import dev.kapacitor.api.model.FieldType;
import dev.kapacitor.api.model.Fields;
import dev.kapacitor.engine.lambda.gocompat.GoStrings;
import java.util.Arrays;

/**
 * What a function emitted: typed values with their times and, for selected points, the column
 * entry they came from. Reused; a node reads it right after the function filled it.
 */
public final class Results implements GoSort.Data {
    /** InfluxQL's ZeroTime: the value has no time of its own, the batch time applies. */
    public static final long ZERO_TIME = Long.MIN_VALUE;
    /** No point of the column is behind the value. */
    public static final int NO_SOURCE = -1;

    private FieldType type;
    private int n;
    private double[] floats = new double[4];
    private long[] longs = new long[4];
    private String[] strings = new String[4];
    private long[] times = new long[4];
    private int[] src = new int[4];

    /** Empties the results, which will hold values of this type. */
    public void start(FieldType t) {
        type = t;
        n = 0;
    }

    public int size() {
        return n;
    }

    public FieldType type() {
        return type;
    }

    /** The value's own time, or {@link #ZERO_TIME}. */
    public long time(int i) {
        return times[i];
    }

    /** The column entry's source (see {@link Column#sourceTags}), or {@link #NO_SOURCE}. */
    public int source(int i) {
        return src[i];
    }

    void addFloat(double v, long time, int source) {
        int i = next(time, source);
        floats[i] = v;
    }

    /** An integer, or a boolean as 0 or 1. */
    void addLong(long v, long time, int source) {
        int i = next(time, source);
        longs[i] = v;
    }

    /** The value of column entry i, with the given time, remembering where it came from. */
    void addEntry(Column c, int i, long time) {
        int k = next(time, c.src[i]);
        switch (type) {
            case FLOAT -> floats[k] = c.floats[i];
            case STRING -> strings[k] = c.strings[i];
            default -> longs[k] = c.longs[i];
        }
    }

    private int next(long time, int source) {
        if (n == times.length) {
            int cap = n * 2;
            floats = Arrays.copyOf(floats, cap);
            longs = Arrays.copyOf(longs, cap);
            strings = Arrays.copyOf(strings, cap);
            times = Arrays.copyOf(times, cap);
            src = Arrays.copyOf(src, cap);
        }
        times[n] = time;
        src[n] = source;
        return n++;
    }

    /** Writes value i under the key. */
    public void put(int i, String key, Fields.Builder b) {
        switch (type) {
            case FLOAT -> b.putDouble(key, floats[i]);
            case INTEGER -> b.putLong(key, longs[i]);
            case BOOLEAN -> b.putBoolean(key, longs[i] != 0);
            default -> b.putString(key, strings[i]);
        }
    }

    /** A one-field set holding value i. */
    public Fields fields(int i, String key) {
        Fields.Builder b = new Fields.Builder(1);
        put(i, key, b);
        return b.build();
    }

    /** Orders by time, keeping the order of equal times (Go's sort.Stable by time). */
    void stableSortByTime() {
        for (int i = 1; i < n; i++) {
            for (int j = i; j > 0 && times[j] < times[j - 1]; j--) {
                swap(j, j - 1);
            }
        }
    }

    /** InfluxQL's point order: by time, then by value (false before true). */
    @Override
    public boolean less(int i, int j) {
        if (times[i] != times[j]) {
            return times[i] < times[j];
        }
        return switch (type) {
            case FLOAT -> floats[i] < floats[j];
            case STRING -> GoStrings.compare(strings[i], strings[j]) < 0;
            case INTEGER -> longs[i] < longs[j];
            case BOOLEAN -> longs[i] == 0;
            case NULL -> false;
        };
    }

    @Override
    public void swap(int i, int j) {
        double d = floats[i];
        floats[i] = floats[j];
        floats[j] = d;
        long l = longs[i];
        longs[i] = longs[j];
        longs[j] = l;
        String s = strings[i];
        strings[i] = strings[j];
        strings[j] = s;
        long t = times[i];
        times[i] = times[j];
        times[j] = t;
        int k = src[i];
        src[i] = src[j];
        src[j] = k;
    }
}

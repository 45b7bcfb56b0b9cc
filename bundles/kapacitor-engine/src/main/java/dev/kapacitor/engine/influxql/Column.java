package dev.kapacitor.engine.influxql;

import dev.kapacitor.api.model.FieldType;
import dev.kapacitor.api.model.Fields;
import dev.kapacitor.api.model.Tags;
import dev.kapacitor.engine.edge.WindowPoints;
import dev.kapacitor.engine.lambda.gocompat.GoStrings;
import java.util.Arrays;

/**
 * The values of one field over the points of a batch (or of one timestamp of a stream), in
 * primitive arrays, with each point's time, tags and fields. As in Kapacitor, the first point
 * that has the field fixes its type for the batch ("realizes the reducer"); later points of
 * another type, or without the field, are left out without an error. Reused batch after batch.
 * Its own ordering ({@link #less}) is InfluxQL's by-value order, Go's {@code <}.
 */
public final class Column implements GoSort.Data {
    private final String field;
    private final Reducer function;
    private final String missing;
    private final String[] unsupported = new String[FieldType.values().length];

    FieldType kind;
    int n;
    double[] floats = new double[8];
    /** Integers, and booleans as 0 or 1. */
    long[] longs = new long[8];
    String[] strings = new String[8];
    long[] times = new long[8];
    /** Where the entry was added: the index into tags and fields, which sorting does not move. */
    int[] src = new int[8];
    Tags[] tags = new Tags[8];
    Fields[] fields = new Fields[8];
    private int added;
    /** The window layout seen last and the field's index in it. */
    private Fields.Layout lastLayout;
    private int lastIndex;

    public Column(String field, Reducer function) {
        this.field = field;
        this.function = function;
        this.missing = "field \"" + field + "\" missing from point";
    }

    /** Forgets the type and the values, for the next batch. */
    public void reset() {
        clearValues();
        kind = null;
    }

    /** Forgets the values but keeps the type: a stream's transformation goes on with the next point. */
    public void clearValues() {
        if (kind == FieldType.STRING) {
            Arrays.fill(strings, 0, n, null);
        }
        Arrays.fill(tags, 0, added, null);
        Arrays.fill(fields, 0, added, null);
        n = 0;
        added = 0;
    }

    /** Whether a point fixed the type: Kapacitor has a reducer for this batch. */
    public boolean realized() {
        return kind != null;
    }

    public FieldType kind() {
        return kind;
    }

    public int size() {
        return n;
    }

    /**
     * Adds the point's value of the field. Returns null when the point was taken or left out,
     * or the reason the function cannot start on it (no such field, a type the function does
     * not take): Kapacitor's "failed to realize reduce context", an error of the node.
     */
    public String add(long time, Tags pointTags, Fields pointFields) {
        int i = pointFields.indexOf(field);
        FieldType t = i < 0 ? null : pointFields.typeAt(i);
        if (!takes(t)) {
            return refusal(t);
        }
        switch (kind) {
            case FLOAT -> floats[n] = pointFields.doubleAt(i);
            case INTEGER -> longs[n] = pointFields.longAt(i);
            case BOOLEAN -> longs[n] = pointFields.booleanAt(i) ? 1 : 0;
            default -> strings[n] = pointFields.stringAt(i);
        }
        appended(time, pointTags, pointFields);
        return null;
    }

    /**
     * As {@link #add} for point p of a window, read from its columns without building the point.
     * The entry keeps no {@link Fields}: only for functions whose results are values alone.
     */
    public String add(WindowPoints w, int p) {
        Fields.Layout l = w.layout(p);
        if (l != lastLayout) {
            lastLayout = l;
            lastIndex = l.indexOf(field);
        }
        int i = lastIndex;
        FieldType t = i < 0 ? null : l.typeAt(i);
        if (!takes(t)) {
            return refusal(t);
        }
        switch (kind) {
            case FLOAT -> floats[n] = Double.longBitsToDouble(w.bits(p, i));
            case INTEGER, BOOLEAN -> longs[n] = w.bits(p, i);
            default -> strings[n] = w.string(p, i);
        }
        appended(w.time(p), w.tags(p), null);
        return null;
    }

    /**
     * Whether a value of type t (null: the point lacks the field) goes in, with room made for it;
     * the first one fixes the type.
     */
    private boolean takes(FieldType t) {
        if (kind == null && t != null && function.accepts(t)) {
            kind = t;
        }
        if (t == null || t != kind) {
            return false;
        }
        if (added == src.length) {
            grow();
        }
        return true;
    }

    /** Why a point was not taken: an error only while no point has fixed the type, else nothing. */
    private String refusal(FieldType t) {
        if (kind != null) {
            return null;
        }
        return t == null ? missing : unsupported(t);
    }

    /** Completes entry n, whose value is set. */
    private void appended(long time, Tags pointTags, Fields pointFields) {
        times[n] = time;
        src[n] = added;
        tags[added] = pointTags;
        fields[added] = pointFields;
        n++;
        added++;
    }

    private void grow() {
        int cap = src.length * 2;
        floats = Arrays.copyOf(floats, cap);
        longs = Arrays.copyOf(longs, cap);
        strings = Arrays.copyOf(strings, cap);
        times = Arrays.copyOf(times, cap);
        src = Arrays.copyOf(src, cap);
        tags = Arrays.copyOf(tags, cap);
        fields = Arrays.copyOf(fields, cap);
    }

    private String unsupported(FieldType t) {
        String s = unsupported[t.ordinal()];
        if (s == null) {
            String name = function.name();
            s = "invalid influxql func " + name + " with field " + field + ": cannot apply " + name + " to "
                    + goType(t) + " field";
            unsupported[t.ordinal()] = s;
        }
        return s;
    }

    static String goType(FieldType t) {
        return switch (t) {
            case FLOAT -> "float64";
            case INTEGER -> "int64";
            case BOOLEAN -> "bool";
            case STRING -> "string";
            case NULL -> "<nil>";
        };
    }

    /** The value at i as a double (integers converted), for functions that compute in floats. */
    double asDouble(int i) {
        return kind == FieldType.FLOAT ? floats[i] : (double) longs[i];
    }

    /** Whether the values at i and j are equal as Go's {@code ==} has it (NaN is never equal). */
    boolean sameValue(int i, int j) {
        return switch (kind) {
            case FLOAT -> floats[i] == floats[j];
            case STRING -> strings[i].equals(strings[j]);
            default -> longs[i] == longs[j];
        };
    }

    /** Go's order of two values: {@code <} for numbers and strings (bytewise), false before true. */
    int compareValues(int i, int j) {
        return switch (kind) {
            case FLOAT -> floats[i] < floats[j] ? -1 : floats[i] > floats[j] ? 1 : 0;
            case STRING -> GoStrings.compare(strings[i], strings[j]);
            default -> Long.compare(longs[i], longs[j]);
        };
    }

    /** InfluxQL's by-value Less; for booleans it is {@code !a[i]}, which is not an order but is Go's. */
    @Override
    public boolean less(int i, int j) {
        return kind == FieldType.BOOLEAN ? longs[i] == 0 : compareValues(i, j) < 0;
    }

    @Override
    public void swap(int i, int j) {
        switch (kind) {
            case FLOAT -> {
                double d = floats[i];
                floats[i] = floats[j];
                floats[j] = d;
            }
            case STRING -> {
                String s = strings[i];
                strings[i] = strings[j];
                strings[j] = s;
            }
            default -> {
                long l = longs[i];
                longs[i] = longs[j];
                longs[j] = l;
            }
        }
        long t = times[i];
        times[i] = times[j];
        times[j] = t;
        int s = src[i];
        src[i] = src[j];
        src[j] = s;
    }

    /** Keeps only the entries at the given indexes, which must ascend. */
    void keep(int[] indexes, int count) {
        for (int k = 0; k < count; k++) {
            int from = indexes[k];
            floats[k] = floats[from];
            longs[k] = longs[from];
            strings[k] = strings[from];
            times[k] = times[from];
            src[k] = src[from];
        }
        n = count;
    }

    /** The tags of the point entry i came from. */
    Tags tagsOf(int i) {
        return tags[src[i]];
    }

    Fields fieldsOf(int i) {
        return fields[src[i]];
    }

    /** The tags of the point a result came from ({@link Results#source}). */
    public Tags sourceTags(int source) {
        return tags[source];
    }

    public Fields sourceFields(int source) {
        return fields[source];
    }
}

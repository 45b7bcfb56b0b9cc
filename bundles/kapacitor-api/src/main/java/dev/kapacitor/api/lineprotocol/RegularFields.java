package dev.kapacitor.api.lineprotocol;

import dev.kapacitor.api.model.FieldType;
import dev.kapacitor.api.model.Fields;
import java.util.Arrays;

/**
 * The field section of a regular line, read in one pass: keys without escapes or quotes, and values that are
 * booleans, integers or decimal floats without an exponent, each decoded in the loop that finds its end.
 * Whatever else it meets, it gives up (-1) without judging, and {@link FieldParser} reads the line again:
 * so it never has to word an error, and what it accepts it decodes exactly as FieldParser would.
 */
final class RegularFields {
    /** Significant digits of an integer that always fit a long. */
    private static final int MAX_INTEGER_DIGITS = 18;

    private final FieldKeys names;
    private final Fields.Builder builder = new Fields.Builder(8);

    /** The fields of the line, in the order written. */
    private String[] keys = new String[8];
    private FieldType[] types = new FieldType[8];
    private long[] bits = new long[8];
    private int count;

    /** The keys and types of the last line that changed the layout, in the order written. */
    private String[] layoutKeys = new String[0];
    private FieldType[] layoutTypes = new FieldType[0];
    /** Where each field written goes in the layout, which is sorted by key and holds a repeated key once. */
    private int[] slots = new int[0];
    private Fields.Layout layout;

    RegularFields(FieldKeys names) {
        this.names = names;
    }

    /**
     * Reads the fields starting at buf[from], in a line that ends at a newline or at {@code end}.
     *
     * @return the index of the space, newline or end after the last value, or -1 to give up
     */
    int parse(byte[] buf, int from, int end) {
        count = 0;
        int i = from;
        while (true) {
            int eq = names.repeatedEnd(count, buf, i, end);
            boolean repeated = eq >= 0;
            eq = repeated ? eq : keyEnd(buf, i, end);
            if (eq < 0) {
                return -1;
            }
            if (count == keys.length) {
                grow();
            }
            int next = value(buf, eq + 1, end);
            if (next < 0) {
                return -1;
            }
            keys[count] = repeated ? names.lastKey(count) : names.key(count, buf, i, eq);
            count++;
            if (next == end || buf[next] != ',') {
                return next;
            }
            i = next + 1;
        }
    }

    /** The '=' after the plain, non-empty key at buf[from]; -1 when the key is not like that. */
    private static int keyEnd(byte[] buf, int from, int end) {
        for (int i = from; i < end; i++) {
            byte b = buf[i];
            if (b == '=') {
                return i > from ? i : -1;
            }
            if (!FieldKeys.plain(b)) {
                return -1;
            }
        }
        return -1;
    }

    private int value(byte[] buf, int v, int end) {
        if (v >= end) {
            return -1;
        }
        byte c = buf[v];
        if (c >= '0' && c <= '9' || c == '-' || c == '.') {
            return number(buf, v, end);
        }
        if (c == 't' || c == 'T' || c == 'f' || c == 'F') {
            return bool(buf, v, end);
        }
        return -1;
    }

    /**
     * A decimal: the loop that finds its end also sums its digits (up to 19, an unsigned long), as {@link Numbers#parseDouble} does (leading
     * zeros skipped, one scale step per digit after the point), so the value has the same bits.
     */
    private int number(byte[] buf, int v, int end) {
        boolean negative = buf[v] == '-';
        int i = negative ? v + 1 : v;
        long mantissa = 0;
        int digits = 0;
        int seen = 0;
        int point = 0;
        int scale = 0;
        for (; i < end; i++) {
            int d = buf[i] - '0';
            if (d < 0 || d > 9) {
                if (buf[i] != '.' || point != 0) {
                    break;
                }
                point = 1;
                continue;
            }
            seen++;
            scale -= point;
            if ((mantissa | d) != 0) {
                if (++digits > Numbers.MAX_DIGITS) {
                    return -1;
                }
                mantissa = mantissa * 10 + d;
            }
        }
        if (seen == 0) {
            return -1;
        }
        if (i < end && buf[i] == 'i') {
            return point == 0 && digits <= MAX_INTEGER_DIGITS ? put(FieldType.INTEGER, negative ? -mantissa : mantissa, buf, i + 1, end) : -1;
        }
        double d = Numbers.decimal(mantissa, digits, scale);
        if (Double.isNaN(d)) {
            return -1;
        }
        return put(FieldType.FLOAT, Double.doubleToRawLongBits(negative ? -d : d), buf, i, end);
    }

    /** t, T, true, True, TRUE, f, F, false, False or FALSE. */
    private int bool(byte[] buf, int v, int end) {
        int i = v + 1;
        while (i < end && buf[i] != ',' && buf[i] != ' ' && buf[i] != '\n') {
            i++;
        }
        if (i - v > 1 && !FieldParser.booleanWord(buf, v, i)) {
            return -1;
        }
        byte c = buf[v];
        return put(FieldType.BOOLEAN, c == 't' || c == 'T' ? 1 : 0, buf, i, end);
    }

    /** Keeps the value if the byte after it ends it; returns that index, or -1. */
    private int put(FieldType type, long value, byte[] buf, int after, int end) {
        if (after < end) {
            byte c = buf[after];
            if (c != ',' && c != ' ' && c != '\n') {
                return -1;
            }
        }
        types[count] = type;
        bits[count] = value;
        return after;
    }

    private void grow() {
        int n = count * 2;
        keys = Arrays.copyOf(keys, n);
        types = Arrays.copyOf(types, n);
        bits = Arrays.copyOf(bits, n);
    }

    /**
     * The fields {@link #parse} read, as {@link FieldParser#build} makes them. A line laid out as the last
     * one only places its values: no sorting, no lookups.
     */
    Fields fields() {
        if (!sameLayout()) {
            return newLayout();
        }
        long[] values = new long[layout.size()];
        for (int f = 0; f < count; f++) {
            values[slots[f]] = bits[f];
        }
        return layout.fields(values, null);
    }

    private boolean sameLayout() {
        if (count != layoutKeys.length) {
            return false;
        }
        for (int f = 0; f < count; f++) {
            if (keys[f] != layoutKeys[f] || types[f] != layoutTypes[f]) {
                return false;
            }
        }
        return true;
    }

    private Fields newLayout() {
        builder.clear();
        for (int f = 0; f < count; f++) {
            if (types[f] == FieldType.FLOAT) {
                builder.putDouble(keys[f], Double.longBitsToDouble(bits[f]));
            } else if (types[f] == FieldType.INTEGER) {
                builder.putLong(keys[f], bits[f]);
            } else {
                builder.putBoolean(keys[f], bits[f] != 0);
            }
        }
        Fields built = builder.build();
        layout = Fields.Layout.of(built);
        layoutKeys = Arrays.copyOf(keys, count);
        layoutTypes = Arrays.copyOf(types, count);
        slots = new int[count];
        for (int f = 0; f < count; f++) {
            slots[f] = layout.indexOf(keys[f]);
        }
        return built;
    }
}

package dev.kapacitor.api.lineprotocol;

import dev.kapacitor.api.model.Fields;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads the field section of a line. {@link #scan} accepts and refuses exactly what InfluxDB 1.x's scanner
 * does and notes where each field's key and value lie; {@link #build} decodes them.
 */
final class FieldParser {
    static final String INVALID_NUMBER = "invalid number";
    static final String INVALID_BOOLEAN = "invalid boolean";
    static final String INVALID_FLOAT = "invalid float";
    /** Go's strconv error text for a number that does not fit. */
    private static final String OUT_OF_RANGE = "\": value out of range";
    /** Integers shorter than this, sign included, always fit a long. */
    private static final int MIN_RANGE_CHECK_LENGTH = 19;
    /** Number lengths from which InfluxDB range-checks a float while scanning. */
    private static final int FLOAT_CHECK_LENGTH = 25;

    private int[] keyStart = new int[8];
    private int[] keyEnd = new int[8];
    private int[] valueEnd = new int[8];
    private int count;
    /**
     * The section has a shape where InfluxDB's later reading of the fields splits them differently from
     * its scanner (a field without '=', a second '=', a backslash after a closing quote or before the '=').
     */
    private boolean irregular;
    private String error;
    private final Fields.Builder builder = new Fields.Builder(8);
    private final FieldKeys keys;

    FieldParser(FieldKeys keys) {
        this.keys = keys;
    }

    String error() {
        return error;
    }

    private int fail(String reason) {
        error = reason;
        return -1;
    }

    private boolean refuse(String reason) {
        error = reason;
        return false;
    }

    /**
     * Scans the field section starting at buf[from].
     *
     * @return the index of the unquoted space that ends it, or {@code to}; -1 with {@link #error()} set
     */
    int scan(byte[] buf, int from, int to) {
        count = 0;
        irregular = false;
        boolean quoted = false;
        int equals = 0;
        int commas = 0;
        int fieldStart = from;
        int eq = -1;
        int i = from;
        while (i < to) {
            byte c = buf[i];
            if (c == '\\' && i + 1 < to) {
                irregular |= eq >= 0 && !quoted;
                i += 2;
                continue;
            }
            if (c == '"' && equals > commas) {
                quoted = !quoted;
                i++;
                continue;
            }
            if (c == '=' && !quoted) {
                equals++;
                int next = valueAfterEquals(buf, i, to);
                if (next < 0) {
                    return -1;
                }
                irregular |= eq >= 0 || buf[i - 1] == '\\';
                eq = eq < 0 ? i : eq;
                if (next > i) {
                    i = next;
                    continue;
                }
            } else if (!quoted && c == ',') {
                commas++;
                endField(fieldStart, eq, i);
                fieldStart = i + 1;
                eq = -1;
            } else if (!quoted && c == ' ') {
                break;
            }
            i++;
        }
        if (quoted) {
            return fail("unbalanced quotes");
        }
        if (equals == 0 || commas != equals - 1) {
            return fail("invalid field format");
        }
        endField(fieldStart, eq, i);
        return i;
    }

    /**
     * Checks the key before and the value after the '=' at buf[eq]. Scans a number or boolean value to its
     * end and returns that; returns eq for a string, which the caller walks through; -1 on error.
     */
    private int valueAfterEquals(byte[] buf, int eq, int to) {
        byte before = buf[eq - 1];
        if ((before == ' ' || before == ',') && buf[eq - 2] != '\\') {
            return fail("missing field key");
        }
        if (eq + 1 >= to || buf[eq + 1] == ',' || buf[eq + 1] == ' ') {
            return fail("missing field value");
        }
        byte first = buf[eq + 1];
        if (first >= '0' && first <= '9' || first == '.' || first == '-' || first == 'N' || first == 'n') {
            return scanNumber(buf, eq + 1, to);
        }
        if (first != '"') {
            return scanBoolean(buf, eq + 1, to);
        }
        return eq;
    }

    private void endField(int start, int eq, int end) {
        if (eq < 0) {
            irregular = true;
            return;
        }
        if (count == keyStart.length) {
            int n = count * 2;
            keyStart = Arrays.copyOf(keyStart, n);
            keyEnd = Arrays.copyOf(keyEnd, n);
            valueEnd = Arrays.copyOf(valueEnd, n);
        }
        keyStart[count] = start;
        keyEnd[count] = eq;
        valueEnd[count] = end;
        count++;
    }

    /** Scans a number as InfluxDB does: returns the index of the ',' or ' ' after it, or to; -1 on error. */
    private int scanNumber(byte[] buf, int start, int to) {
        int i = start;
        if (buf[i] == '-' && ++i == to) {
            return fail(INVALID_NUMBER);
        }
        boolean integer = false;
        boolean unsigned = false;
        boolean decimal = false;
        boolean scientific = false;
        for (; i < to; i++) {
            byte c = buf[i];
            if (c == ',' || c == ' ') {
                break;
            }
            if ((c == 'i' || c == 'u') && i > start && !(integer || unsigned)) {
                integer = c == 'i';
                unsigned = c == 'u';
                continue;
            }
            if (c == '.') {
                if (decimal) {
                    return fail(INVALID_NUMBER);
                }
                decimal = true;
            }
            if (i > start && (c == 'e' || c == 'E')) {
                scientific = true;
                continue;
            }
            if ((c == '+' || c == '-') && (buf[i - 1] == 'e' || buf[i - 1] == 'E')) {
                continue;
            }
            if (!(c >= '0' && c <= '9' || c == '.')) {
                return fail(INVALID_NUMBER);
            }
        }
        if ((integer || unsigned) && (decimal || scientific)) {
            return fail(INVALID_NUMBER);
        }
        int digits = i - start - (integer ? 1 : 0) - (decimal ? 1 : 0) - (buf[start] == '-' ? 1 : 0);
        if (digits == 0) {
            return fail(INVALID_NUMBER);
        }
        if (integer || unsigned) {
            return checkInteger(buf, start, i, unsigned) ? i : -1;
        }
        if (scientific || i - start >= FLOAT_CHECK_LENGTH) {
            double d = Numbers.parseDouble(buf, start, i);
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return fail(INVALID_FLOAT);
            }
        }
        return i;
    }

    /** An integer must end in its suffix and fit a long; an unsigned one must also not be negative. */
    private boolean checkInteger(byte[] buf, int start, int end, boolean unsigned) {
        if (buf[end - 1] != (unsigned ? 'u' : 'i') || unsigned && buf[start] == '-') {
            return refuse(INVALID_NUMBER);
        }
        if (end - 1 - start < MIN_RANGE_CHECK_LENGTH) {
            return true;
        }
        try {
            Numbers.parseLong(buf, start, end - 1);
            return true;
        } catch (ArithmeticException e) {
            String digits = new String(buf, start, end - 1 - start, StandardCharsets.US_ASCII);
            return refuse(unsigned
                    ? "unable to parse unsigned " + digits + ": strconv.ParseUint: parsing \"" + digits + OUT_OF_RANGE
                    : "unable to parse integer " + digits + ": strconv.ParseInt: parsing \"" + digits + OUT_OF_RANGE);
        }
    }

    /** Scans t, T, true, True, TRUE, f, F, false, False or FALSE; returns the index after it or -1. */
    private int scanBoolean(byte[] buf, int start, int to) {
        byte c = buf[start];
        if (c != 't' && c != 'T' && c != 'f' && c != 'F') {
            return fail(INVALID_BOOLEAN);
        }
        int i = start + 1;
        while (i < to && buf[i] != ',' && buf[i] != ' ') {
            i++;
        }
        return i - start == 1 || booleanWord(buf, start, i) ? i : fail(INVALID_BOOLEAN);
    }

    private static final byte[][] BOOLEAN_WORDS = words("true", "True", "TRUE", "false", "False", "FALSE");

    private static byte[][] words(String... w) {
        byte[][] b = new byte[w.length][];
        for (int i = 0; i < w.length; i++) {
            b[i] = w[i].getBytes(StandardCharsets.US_ASCII);
        }
        return b;
    }

    static boolean booleanWord(byte[] buf, int from, int to) {
        for (byte[] w : BOOLEAN_WORDS) {
            if (Arrays.equals(w, 0, w.length, buf, from, to)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The fields of the section {@link #scan} accepted, decoded as InfluxDB reads them back: fields with an
     * empty key or value are left out and a repeated key keeps its last value.
     *
     * @return the fields, or null with {@link #error()} set when a value cannot be read
     */
    Fields build(byte[] buf, int from, int end) {
        if (irregular) {
            splitAsRead(buf, from, end);
        }
        builder.clear();
        for (int f = 0; f < count; f++) {
            int k = keyStart[f];
            int eq = keyEnd[f];
            int v = eq + 1;
            if (eq == k || valueEnd[f] <= v) {
                continue;
            }
            if (!putValue(keys.key(f, buf, k, eq), buf, v, valueEnd[f])) {
                return null;
            }
        }
        return builder.build();
    }

    /**
     * Splits the section as InfluxDB's field iterator does: a key runs to the first '=' not preceded by a
     * backslash, a value to the first ',' outside double quotes.
     */
    private void splitAsRead(byte[] buf, int from, int end) {
        count = 0;
        int p = from;
        while (p < end) {
            int eq = p;
            while (eq < end && !(buf[eq] == '=' && (eq == from || buf[eq - 1] != '\\'))) {
                eq++;
            }
            int q = eq + 1;
            boolean quoted = false;
            while (q < end && (quoted || buf[q] != ',')) {
                if (buf[q] == '\\' && q + 1 < end && (buf[q + 1] == '"' || buf[q + 1] == '\\')) {
                    q++;
                } else if (buf[q] == '"') {
                    quoted = !quoted;
                }
                q++;
            }
            endField(p, eq, q);
            p = q + 1;
        }
    }

    private boolean putValue(String key, byte[] buf, int v, int end) {
        byte c = buf[v];
        if (c == '"') {
            builder.putString(key, end - v < 2 ? "" : Escapes.decode(buf, v + 1, end - 1, Escapes.STRING));
            return true;
        }
        if (c >= '0' && c <= '9' || c == '-' || c == '.' || c == 'n' || c == 'N' || c == 'i' || c == 'I') {
            return putNumber(key, buf, v, end);
        }
        if (end - v == 1 || booleanWord(buf, v, end)) {
            if (c == 't' || c == 'T' || c == '1' || c == 'f' || c == 'F' || c == '0') {
                builder.putBoolean(key, c == 't' || c == 'T' || c == '1');
                return true;
            }
        }
        return refuse(INVALID_BOOLEAN);
    }

    private boolean putNumber(String key, byte[] buf, int v, int end) {
        byte last = buf[end - 1];
        if (last == 'i' || last == 'u') {
            try {
                builder.putLong(key, Numbers.parseLong(buf, v, end - 1));
                return true;
            } catch (RuntimeException e) {
                return refuse(INVALID_NUMBER);
            }
        }
        double d = Numbers.parseDouble(buf, v, end);
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return refuse(INVALID_FLOAT);
        }
        builder.putDouble(key, d);
        return true;
    }
}

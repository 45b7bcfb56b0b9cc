package dev.kapacitor.api.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An immutable field set sorted by key. Numbers and booleans are held unboxed (floats as raw
 * bits in a long), so reading a field on the hot path allocates nothing. The fields one
 * {@link Builder} builds with the same keys and types share their key and type arrays (the
 * layout), so a reader can tell in two comparisons that a point is laid out as the last one.
 */
public final class Fields {
    public static final Fields EMPTY = new Fields(new String[0], new byte[0], new long[0], new String[0]);

    private final String[] keys;
    private final byte[] types;
    private final long[] bits;
    private final String[] strings;

    private Fields(String[] keys, byte[] types, long[] bits, String[] strings) {
        this.keys = keys;
        this.types = types;
        this.bits = bits;
        this.strings = strings;
    }

    public int size() {
        return keys.length;
    }

    public boolean isEmpty() {
        return keys.length == 0;
    }

    public int indexOf(String key) {
        return Arrays.binarySearch(keys, key);
    }

    public boolean containsKey(String key) {
        return indexOf(key) >= 0;
    }

    public String keyAt(int i) {
        return keys[i];
    }

    /**
     * Whether both hold the very same layout: then every key and type is at the same index in
     * both. False says nothing, since equal layouts built apart are held apart.
     */
    public boolean sameLayout(Fields other) {
        return other != null && keys == other.keys && types == other.types;
    }

    public FieldType typeAt(int i) {
        return FieldType.of(types[i]);
    }

    public double doubleAt(int i) {
        return Double.longBitsToDouble(bits[i]);
    }

    public long longAt(int i) {
        return bits[i];
    }

    /**
     * The value as held: a float's raw bits, an integer, 1 or 0 for a boolean (0 for a string or
     * NULL). With {@link Layout#fields} it copies values without looking at their types.
     */
    public long bitsAt(int i) {
        return bits[i];
    }

    public boolean booleanAt(int i) {
        return bits[i] != 0;
    }

    public String stringAt(int i) {
        return strings[i];
    }

    /** The value boxed as Double, Long, String or Boolean (null for a NULL field): for output and cold paths only. */
    public Object valueAt(int i) {
        switch (FieldType.of(types[i])) {
            case FLOAT: return doubleAt(i);
            case INTEGER: return bits[i];
            case BOOLEAN: return bits[i] != 0;
            default: return strings[i];
        }
    }

    /** The boxed value of a field, or null when absent or NULL. */
    public Object get(String key) {
        int i = indexOf(key);
        return i < 0 ? null : valueAt(i);
    }

    /** A copy with the field set from a boxed Double, Long/Integer, String or Boolean. */
    public Fields with(String key, Object value) {
        return toBuilder().put(key, value).build();
    }

    public Fields without(String key) {
        int i = indexOf(key);
        if (i < 0) {
            return this;
        }
        Builder b = new Builder(keys.length);
        for (int j = 0; j < keys.length; j++) {
            if (j != i) {
                b.putRaw(keys[j], types[j], bits[j], strings[j]);
            }
        }
        return b.build();
    }

    public Builder toBuilder() {
        return new Builder(keys.length + 1).putAll(this);
    }

    public Map<String, Object> toMap() {
        if (keys.length == 0) {
            return Collections.emptyMap();
        }
        Map<String, Object> m = new LinkedHashMap<>(keys.length * 2);
        for (int i = 0; i < keys.length; i++) {
            m.put(keys[i], valueAt(i));
        }
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fields f && Arrays.equals(keys, f.keys) && Arrays.equals(types, f.types)
                && Arrays.equals(bits, f.bits) && Arrays.equals(strings, f.strings);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(keys) + Arrays.hashCode(bits);
    }

    @Override
    public String toString() {
        return toMap().toString();
    }

    /**
     * The names and types of a field set, shared by the field sets that differ only in their
     * values: code that keeps values column by column (window buffers) rebuilds field sets with
     * {@link #fields} without sorting or copying names. Immutable.
     */
    public static final class Layout {
        private final String[] keys;
        private final byte[] types;
        /** All null: the strings of every field set of this layout when it has no string field. */
        private final String[] noStrings;
        private final boolean hasStrings;

        private Layout(String[] keys, byte[] types) {
            this.keys = keys;
            this.types = types;
            boolean s = false;
            for (byte t : types) {
                s |= t == FieldType.STRING.ordinal();
            }
            this.hasStrings = s;
            this.noStrings = s ? null : new String[keys.length];
        }

        /** The layout of a field set (sharing its arrays, which never change). */
        public static Layout of(Fields f) {
            return new Layout(f.keys, f.types);
        }

        /** Whether the field set has exactly these names and types. */
        public boolean matches(Fields f) {
            return f.keys == keys && f.types == types
                    || Arrays.equals(f.types, types) && Arrays.equals(f.keys, keys);
        }

        public int size() {
            return keys.length;
        }

        public String keyAt(int i) {
            return keys[i];
        }

        /** The index of the field in every field set of this layout, or negative without it. */
        public int indexOf(String key) {
            return Arrays.binarySearch(keys, key);
        }

        public FieldType typeAt(int i) {
            return FieldType.of(types[i]);
        }

        public boolean hasStrings() {
            return hasStrings;
        }

        /**
         * A field set of this layout. It takes ownership of the arrays, which the caller must not
         * change afterwards: {@code bits} holds one value per field (a float's raw bits, 1 or 0
         * for a boolean), {@code strings} the string values when {@link #hasStrings()} (else null).
         */
        public Fields fields(long[] bits, String[] strings) {
            if (bits.length != keys.length || hasStrings && (strings == null || strings.length != keys.length)) {
                throw new IllegalArgumentException("values do not fit a layout of " + keys.length + " fields");
            }
            return new Fields(keys, types, bits, hasStrings ? strings : noStrings);
        }
    }

    /** Collects fields in any order; a later value for the same key wins; build() sorts once. */
    public static final class Builder {
        private static final byte STRING = (byte) FieldType.STRING.ordinal();

        private String[] keys;
        private byte[] types;
        private long[] bits;
        private String[] strings;
        private int n;
        /** The layout of the last build, shared with the next builds of the same keys and types. */
        private String[] layoutKeys;
        private byte[] layoutTypes;
        /** All null, when the layout has no string field: such fields need no strings of their own. */
        private String[] noStrings;

        public Builder() {
            this(4);
        }

        public Builder(int capacity) {
            int c = Math.max(capacity, 2);
            keys = new String[c];
            types = new byte[c];
            bits = new long[c];
            strings = new String[c];
        }

        public Builder putDouble(String key, double v) {
            return putRaw(key, (byte) FieldType.FLOAT.ordinal(), Double.doubleToRawLongBits(v), null);
        }

        public Builder putLong(String key, long v) {
            return putRaw(key, (byte) FieldType.INTEGER.ordinal(), v, null);
        }

        public Builder putBoolean(String key, boolean v) {
            return putRaw(key, (byte) FieldType.BOOLEAN.ordinal(), v ? 1 : 0, null);
        }

        public Builder putString(String key, String v) {
            return putRaw(key, (byte) FieldType.STRING.ordinal(), 0, v);
        }

        /** A field without a value (join's null fill). */
        public Builder putNull(String key) {
            return putRaw(key, (byte) FieldType.NULL.ordinal(), 0, null);
        }

        /** Puts a boxed Double/Float, Long/Integer/Short/Byte, String or Boolean. */
        public Builder put(String key, Object v) {
            if (v instanceof Double || v instanceof Float) {
                return putDouble(key, ((Number) v).doubleValue());
            } else if (v instanceof Number num) {
                return putLong(key, num.longValue());
            } else if (v instanceof Boolean b) {
                return putBoolean(key, b);
            } else if (v instanceof String s) {
                return putString(key, s);
            }
            throw new IllegalArgumentException("unsupported field type for " + key + ": "
                    + (v == null ? "null" : v.getClass().getSimpleName()));
        }

        /**
         * Puts every field of f. With {@link #clear()}, a node reuses one builder for every point
         * it rewrites: its builds then share their layout as long as the points' layouts repeat.
         */
        public Builder putAll(Fields f) {
            int m = f.keys.length;
            if (n != 0) {
                for (int j = 0; j < m; j++) {
                    putRaw(f.keys[j], f.types[j], f.bits[j], f.strings[j]);
                }
                return this;
            }
            // empty: f's keys are distinct already
            if (m > keys.length) {
                int c = Math.max(m + 1, keys.length * 2);
                keys = new String[c];
                types = new byte[c];
                bits = new long[c];
                strings = new String[c];
            }
            System.arraycopy(f.keys, 0, keys, 0, m);
            System.arraycopy(f.types, 0, types, 0, m);
            System.arraycopy(f.bits, 0, bits, 0, m);
            System.arraycopy(f.strings, 0, strings, 0, m);
            n = m;
            return this;
        }

        public Builder remove(String key) {
            for (int i = 0; i < n; i++) {
                if (keys[i].equals(key)) {
                    int tail = n - i - 1;
                    System.arraycopy(keys, i + 1, keys, i, tail);
                    System.arraycopy(types, i + 1, types, i, tail);
                    System.arraycopy(bits, i + 1, bits, i, tail);
                    System.arraycopy(strings, i + 1, strings, i, tail);
                    n--;
                    return this;
                }
            }
            return this;
        }

        public boolean containsKey(String key) {
            for (int i = 0; i < n; i++) {
                if (keys[i].equals(key)) {
                    return true;
                }
            }
            return false;
        }

        public int size() {
            return n;
        }

        /** Empties the builder so a parser can reuse it for the next point; build() copies, so built Fields stay intact. */
        public Builder clear() {
            Arrays.fill(keys, 0, n, null);
            Arrays.fill(strings, 0, n, null);
            n = 0;
            return this;
        }

        Builder putRaw(String key, byte type, long b, String s) {
            for (int i = 0; i < n; i++) {
                if (keys[i].equals(key)) {
                    types[i] = type;
                    bits[i] = b;
                    strings[i] = s;
                    return this;
                }
            }
            if (n == keys.length) {
                int c = n * 2;
                keys = Arrays.copyOf(keys, c);
                types = Arrays.copyOf(types, c);
                bits = Arrays.copyOf(bits, c);
                strings = Arrays.copyOf(strings, c);
            }
            keys[n] = key;
            types[n] = type;
            bits[n] = b;
            strings[n] = s;
            n++;
            return this;
        }

        public Fields build() {
            if (n == 0) {
                return EMPTY;
            }
            sortByKey();
            if (!sameLayoutAsLast()) {
                layoutKeys = Arrays.copyOf(keys, n);
                layoutTypes = Arrays.copyOf(types, n);
                noStrings = hasStrings() ? null : new String[n];
            }
            String[] s = noStrings != null ? noStrings : Arrays.copyOf(strings, n);
            return new Fields(layoutKeys, layoutTypes, Arrays.copyOf(bits, n), s);
        }

        /** Insertion sort in place: fields are few and usually come in order; the builder is a set, order is free. */
        private void sortByKey() {
            for (int i = 1; i < n; i++) {
                String kk = keys[i];
                byte tt = types[i];
                long bb = bits[i];
                String ss = strings[i];
                int j = i - 1;
                while (j >= 0 && keys[j].compareTo(kk) > 0) {
                    keys[j + 1] = keys[j];
                    types[j + 1] = types[j];
                    bits[j + 1] = bits[j];
                    strings[j + 1] = strings[j];
                    j--;
                }
                keys[j + 1] = kk;
                types[j + 1] = tt;
                bits[j + 1] = bb;
                strings[j + 1] = ss;
            }
        }

        private boolean sameLayoutAsLast() {
            String[] lk = layoutKeys;
            if (lk == null || lk.length != n) {
                return false;
            }
            byte[] lt = layoutTypes;
            for (int i = 0; i < n; i++) {
                // keys from the line protocol parser are the same String objects from point to point
                if (types[i] != lt[i] || keys[i] != lk[i] && !keys[i].equals(lk[i])) {
                    return false;
                }
            }
            return true;
        }

        private boolean hasStrings() {
            for (int i = 0; i < n; i++) {
                if (types[i] == STRING) {
                    return true;
                }
            }
            return false;
        }
    }
}

package dev.kapacitor.api.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An immutable tag set, sorted by key (as InfluxDB keeps them), so two equal sets have equal
 * arrays and group keys can be built without sorting per point. Sets built with the same keys
 * usually share one key array (see {@link #sameKeys}), so a reader can tell in one comparison
 * that the tags of a point are where they were in the last one, whatever the series.
 */
public final class Tags {
    public static final Tags EMPTY = new Tags(new String[0], new String[0]);
    /** Key arrays already built, by hash; racing threads may only lose an entry. */
    private static final KeyArray[] KEY_ARRAYS = new KeyArray[256];

    /** Holds a shared key array; its final field publishes the array's content to other threads. */
    private record KeyArray(String[] keys) {
    }

    private final String[] keys;
    private final String[] values;
    private int hash;

    private Tags(String[] keys, String[] values) {
        this.keys = keys;
        this.values = values;
    }

    /** Builds from parallel arrays; they are copied and sorted by key, a later duplicate key wins. */
    public static Tags of(String[] keys, String[] values) {
        if (keys.length == 0) {
            return EMPTY;
        }
        Builder b = new Builder(keys.length);
        for (int i = 0; i < keys.length; i++) {
            b.put(keys[i], values[i]);
        }
        return b.build();
    }

    public static Tags of(Map<String, String> map) {
        Builder b = new Builder(map.size());
        map.forEach(b::put);
        return b.build();
    }

    public int size() {
        return keys.length;
    }

    public boolean isEmpty() {
        return keys.length == 0;
    }

    public String keyAt(int i) {
        return keys[i];
    }

    public String valueAt(int i) {
        return values[i];
    }

    /**
     * Whether both hold the very same key array: then every key is at the same index in both.
     * False says nothing, since equal keys may be held apart.
     */
    public boolean sameKeys(Tags other) {
        return other != null && keys == other.keys;
    }

    /** The value of a tag, or null when absent. */
    public String get(String key) {
        int i = indexOf(key);
        return i < 0 ? null : values[i];
    }

    public boolean containsKey(String key) {
        return indexOf(key) >= 0;
    }

    public int indexOf(String key) {
        return Arrays.binarySearch(keys, key);
    }

    /** A copy with the tag set or replaced. */
    public Tags with(String key, String value) {
        int i = indexOf(key);
        if (i >= 0) {
            if (values[i].equals(value)) {
                return this;
            }
            String[] v = values.clone();
            v[i] = value;
            return new Tags(keys, v);
        }
        int at = -i - 1;
        String[] k = new String[keys.length + 1];
        String[] v = new String[keys.length + 1];
        System.arraycopy(keys, 0, k, 0, at);
        System.arraycopy(values, 0, v, 0, at);
        k[at] = key;
        v[at] = value;
        System.arraycopy(keys, at, k, at + 1, keys.length - at);
        System.arraycopy(values, at, v, at + 1, keys.length - at);
        return new Tags(k, v);
    }

    /** A copy without the tag. */
    public Tags without(String key) {
        int i = indexOf(key);
        if (i < 0) {
            return this;
        }
        String[] k = new String[keys.length - 1];
        String[] v = new String[keys.length - 1];
        System.arraycopy(keys, 0, k, 0, i);
        System.arraycopy(values, 0, v, 0, i);
        System.arraycopy(keys, i + 1, k, i, keys.length - i - 1);
        System.arraycopy(values, i + 1, v, i, keys.length - i - 1);
        return new Tags(k, v);
    }

    /** A sorted, insertion-ordered view for JSON output. */
    public Map<String, String> toMap() {
        if (keys.length == 0) {
            return Collections.emptyMap();
        }
        Map<String, String> m = new LinkedHashMap<>(keys.length * 2);
        for (int i = 0; i < keys.length; i++) {
            m.put(keys[i], values[i]);
        }
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tags t && Arrays.equals(keys, t.keys) && Arrays.equals(values, t.values);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = 31 * Arrays.hashCode(keys) + Arrays.hashCode(values);
            hash = h;
        }
        return h;
    }

    @Override
    public String toString() {
        return toMap().toString();
    }

    /** Collects tags in any order; build() sorts once. */
    public static final class Builder {
        private String[] keys;
        private String[] values;
        private int n;

        public Builder(int capacity) {
            keys = new String[Math.max(capacity, 2)];
            values = new String[keys.length];
        }

        public Builder put(String key, String value) {
            for (int i = 0; i < n; i++) {
                if (keys[i].equals(key)) {
                    values[i] = value;
                    return this;
                }
            }
            if (n == keys.length) {
                keys = Arrays.copyOf(keys, n * 2);
                values = Arrays.copyOf(values, n * 2);
            }
            keys[n] = key;
            values[n] = value;
            n++;
            return this;
        }

        public int size() {
            return n;
        }

        public Tags build() {
            if (n == 0) {
                return EMPTY;
            }
            // insertion sort in place: tag sets are small and usually already sorted on the wire
            for (int i = 1; i < n; i++) {
                String kk = keys[i];
                String vv = values[i];
                int j = i - 1;
                while (j >= 0 && keys[j].compareTo(kk) > 0) {
                    keys[j + 1] = keys[j];
                    values[j + 1] = values[j];
                    j--;
                }
                keys[j + 1] = kk;
                values[j + 1] = vv;
            }
            return new Tags(sharedKeys(keys, n), Arrays.copyOf(values, n));
        }
    }

    /** The shared array equal to sorted[0, n), made and remembered when there is none. */
    private static String[] sharedKeys(String[] sorted, int n) {
        int h = n;
        for (int i = 0; i < n; i++) {
            h = 31 * h + sorted[i].hashCode();
        }
        int slot = (h ^ (h >>> 16)) & (KEY_ARRAYS.length - 1);
        KeyArray known = KEY_ARRAYS[slot];
        if (known != null && Arrays.equals(known.keys, 0, known.keys.length, sorted, 0, n)) {
            return known.keys;
        }
        String[] k = Arrays.copyOf(sorted, n);
        KEY_ARRAYS[slot] = new KeyArray(k);
        return k;
    }
}

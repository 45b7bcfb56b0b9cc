package dev.kapacitor.api.lineprotocol;

import java.util.Arrays;

/**
 * A bounded, two-way set-associative table from a byte range to a value, so that repeated names and series are
 * decoded once. A hit allocates nothing. Threads share it without locks: entries are immutable and a
 * lost update only costs a later miss.
 */
final class ByteKeyCache<V> {
    private record Entry<V>(byte[] key, int hash, V value) {
    }

    private final Entry<V>[] slots;
    private final int mask;
    private final int maxKeyLength;

    @SuppressWarnings("unchecked")
    ByteKeyCache(int sizePowerOfTwo, int maxKeyLength) {
        if (Integer.bitCount(sizePowerOfTwo) != 1) {
            throw new IllegalArgumentException("size must be a power of two: " + sizePowerOfTwo);
        }
        this.slots = (Entry<V>[]) new Entry<?>[sizePowerOfTwo];
        this.mask = sizePowerOfTwo - 1;
        this.maxKeyLength = maxKeyLength;
    }

    static int hash(byte[] buf, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + buf[i];
        }
        return h;
    }

    /** Whether a key of this many bytes may be cached at all. */
    boolean fits(int length) {
        return length <= maxKeyLength;
    }

    /** The value cached for buf[from, to) with the given {@link #hash}, or null. */
    V get(byte[] buf, int from, int to, int hash) {
        int slot = spread(hash) & mask;
        V v = match(slots[slot], buf, from, to, hash);
        return v != null ? v : match(slots[slot ^ 1], buf, from, to, hash);
    }

    private static <V> V match(Entry<V> e, byte[] buf, int from, int to, int hash) {
        return e != null && e.hash == hash && Arrays.equals(e.key, 0, e.key.length, buf, from, to) ? e.value : null;
    }

    /**
     * Each key has two neighbouring slots, so two keys of the same slot no longer evict each other
     * on every line (a thousand series in 8,192 direct-mapped slots lost one in ten). A new key takes
     * its first slot; what was there moves to the second.
     */
    void put(byte[] buf, int from, int to, int hash, V value) {
        if (fits(to - from)) {
            int slot = spread(hash) & mask;
            if (slots[slot] != null && slots[slot ^ 1] == null) {
                slots[slot ^ 1] = slots[slot];
            }
            slots[slot] = new Entry<>(Arrays.copyOfRange(buf, from, to), hash, value);
        }
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}

package dev.kapacitor.api.lineprotocol;

import java.util.Arrays;

/**
 * A bounded, direct-mapped table from a byte range to a value, so that repeated names and series are
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
        Entry<V> e = slots[spread(hash) & mask];
        if (e != null && e.hash == hash && Arrays.equals(e.key, 0, e.key.length, buf, from, to)) {
            return e.value;
        }
        return null;
    }

    void put(byte[] buf, int from, int to, int hash, V value) {
        if (fits(to - from)) {
            slots[spread(hash) & mask] = new Entry<>(Arrays.copyOfRange(buf, from, to), hash, value);
        }
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}

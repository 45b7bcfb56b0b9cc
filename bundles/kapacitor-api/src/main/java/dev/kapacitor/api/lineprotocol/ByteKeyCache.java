package dev.kapacitor.api.lineprotocol;

import java.util.Arrays;

/**
 * A bounded, four-way set-associative table from a byte range to a value, so that repeated names and series
 * are decoded once. A hit allocates nothing. Threads share it without locks: entries are immutable and a
 * lost update only costs a later miss.
 */
final class ByteKeyCache<V> {
    private record Entry<V>(byte[] key, int hash, V value) {
    }

    /** Slots per key: slot, slot ^ 1, slot ^ 2 and slot ^ 3, within one aligned group of four. */
    private static final int WAYS = 4;

    private final Entry<V>[] slots;
    private final int mask;
    private final int maxKeyLength;

    @SuppressWarnings("unchecked")
    ByteKeyCache(int sizePowerOfTwo, int maxKeyLength) {
        if (Integer.bitCount(sizePowerOfTwo) != 1 || sizePowerOfTwo < WAYS) {
            throw new IllegalArgumentException("size must be a power of two, 4 or more: " + sizePowerOfTwo);
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
        for (int way = 0; way < WAYS; way++) {
            V v = match(slots[slot ^ way], buf, from, to, hash);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static <V> V match(Entry<V> e, byte[] buf, int from, int to, int hash) {
        return e != null && e.hash == hash && SwarBytes.equals(e.key, buf, from, to) ? e.value : null;
    }

    /**
     * Each key has four neighbouring slots, its own first: with two, the three keys that 1,000 series put
     * in some pair of slots evicted each other on every line. A new key takes the first free one; when
     * all four are taken, its own, so the keys already there stay.
     */
    void put(byte[] buf, int from, int to, int hash, V value) {
        if (fits(to - from)) {
            int slot = spread(hash) & mask;
            int way = 0;
            while (way < WAYS - 1 && slots[slot ^ way] != null) {
                way++;
            }
            slot = slots[slot ^ way] == null ? slot ^ way : slot;
            slots[slot] = new Entry<>(Arrays.copyOfRange(buf, from, to), hash, value);
        }
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}

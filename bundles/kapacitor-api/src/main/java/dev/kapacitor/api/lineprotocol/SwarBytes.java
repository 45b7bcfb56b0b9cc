package dev.kapacitor.api.lineprotocol;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Eight bytes of a body at a time: how the scans that run for every line find their delimiters. */
final class SwarBytes {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private SwarBytes() {
    }

    /** buf[i, i + 8) as a little-endian long: buf[i] is the lowest byte. */
    static long word(byte[] buf, int i) {
        return (long) LONGS.get(buf, i);
    }

    /**
     * Whether buf[from, to) holds the bytes of key. For the short keys of a body (names, series keys) this
     * beats {@code Arrays.equals}, whose vectorized compare costs more to set up than such a key takes.
     */
    static boolean equals(byte[] key, byte[] buf, int from, int to) {
        int n = key.length;
        if (to - from != n) {
            return false;
        }
        if (n < Long.BYTES) {
            for (int i = 0; i < n; i++) {
                if (key[i] != buf[from + i]) {
                    return false;
                }
            }
            return true;
        }
        int i = 0;
        for (; i + Long.BYTES < n; i += Long.BYTES) {
            if (word(key, i) != word(buf, from + i)) {
                return false;
            }
        }
        // the last eight bytes, overlapping those compared already
        return word(key, n - Long.BYTES) == word(buf, from + n - Long.BYTES);
    }

    /** A long of eight copies of the byte. */
    static long repeated(char c) {
        return (c & 0xFFL) * 0x0101010101010101L;
    }

    /** The high bit of each byte of word that equals the byte repeated in pattern; exact up to the lowest. */
    static long matches(long word, long pattern) {
        long x = word ^ pattern;
        return (x - 0x0101010101010101L) & ~x & 0x8080808080808080L;
    }

    /** Whether all eight bytes of word are ASCII digits. */
    static boolean eightDigits(long word) {
        return ((word & 0xF0F0F0F0F0F0F0F0L) | (((word + 0x0606060606060606L) & 0xF0F0F0F0F0F0F0F0L) >>> 4))
                == 0x3333333333333333L;
    }

    /** The value of eight ASCII digits, the first in the lowest byte (Lemire's multiply-and-shift). */
    static long eightDigitsValue(long word) {
        long v = word - 0x3030303030303030L;
        v = v * 10 + (v >>> 8);
        return ((v & 0x000000FF000000FFL) * (100 + (1000000L << 32))
                + ((v >>> 16) & 0x000000FF000000FFL) * (1 + (10000L << 32))) >>> 32;
    }
}

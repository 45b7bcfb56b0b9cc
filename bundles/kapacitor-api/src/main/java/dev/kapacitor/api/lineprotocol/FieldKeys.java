package dev.kapacitor.api.lineprotocol;

import java.util.Arrays;

/**
 * The field keys of a body's lines by their position in the line: lines of a body mostly repeat the keys of
 * the line before, so the key there is tried first, by its bytes, before the shared table.
 */
final class FieldKeys {
    private static final int POSITIONS = 8;
    /** Bytes a plain key may hold: printable ASCII but the field section's delimiters, escape and quote; UTF-8. */
    private static final boolean[] PLAIN = plainKeyBytes();

    /** Per field position, the key bytes of the last line, their String, and whether they are plain. */
    private final byte[][] lastKeyBytes = new byte[POSITIONS][];
    private final String[] lastKeys = new String[POSITIONS];
    private final boolean[] lastPlain = new boolean[POSITIONS];

    private static boolean[] plainKeyBytes() {
        boolean[] plain = new boolean[256];
        for (int b = '!'; b < 256; b++) {
            plain[b] = b != ',' && b != '=' && b != '"' && b != '\\' && b != 0x7F;
        }
        return plain;
    }

    /** Whether b may stand in a plain key. */
    static boolean plain(byte b) {
        return PLAIN[b & 0xFF];
    }

    /** The unescaped key of the f-th field, buf[from, to); the same String as the last line's when it repeats. */
    String key(int f, byte[] buf, int from, int to) {
        if (f >= POSITIONS) {
            return StringTable.NAMES.get(buf, from, to);
        }
        byte[] last = lastKeyBytes[f];
        if (last != null && SwarBytes.equals(last, buf, from, to)) {
            return lastKeys[f];
        }
        String key = StringTable.NAMES.get(buf, from, to);
        lastKeyBytes[f] = Arrays.copyOfRange(buf, from, to);
        lastKeys[f] = key;
        lastPlain[f] = isPlain(buf, from, to);
        return key;
    }

    /**
     * The '=' after the key at buf[from] when that key is the plain key the last line had at position f, so
     * its bytes need no scan; else -1. Then {@link #lastKey} is the key.
     */
    int repeatedEnd(int f, byte[] buf, int from, int end) {
        if (f >= POSITIONS || !lastPlain[f]) {
            return -1;
        }
        byte[] last = lastKeyBytes[f];
        int eq = from + last.length;
        return eq < end && buf[eq] == '=' && SwarBytes.equals(last, buf, from, eq) ? eq : -1;
    }

    /** The key of position f the last line had, as {@link #repeatedEnd} found it again. */
    String lastKey(int f) {
        return lastKeys[f];
    }

    private static boolean isPlain(byte[] buf, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!plain(buf[i])) {
                return false;
            }
        }
        return to > from;
    }
}

package dev.kapacitor.api.lineprotocol;

import java.util.Arrays;

/**
 * The field keys of a body's lines by their position in the line: lines of a body mostly repeat the keys of
 * the line before, so the key there is tried first, by its bytes, before the shared table.
 */
final class FieldKeys {
    private static final int POSITIONS = 8;

    /** Per field position, the key bytes of the last line and their String. */
    private final byte[][] lastKeyBytes = new byte[POSITIONS][];
    private final String[] lastKeys = new String[POSITIONS];

    /** The unescaped key of the f-th field, buf[from, to); the same String as the last line's when it repeats. */
    String key(int f, byte[] buf, int from, int to) {
        if (f >= POSITIONS) {
            return StringTable.NAMES.get(buf, from, to);
        }
        byte[] last = lastKeyBytes[f];
        if (last != null && Arrays.equals(last, 0, last.length, buf, from, to)) {
            return lastKeys[f];
        }
        String key = StringTable.NAMES.get(buf, from, to);
        lastKeyBytes[f] = Arrays.copyOfRange(buf, from, to);
        lastKeys[f] = key;
        return key;
    }
}

package dev.kapacitor.api.lineprotocol;

import java.nio.charset.StandardCharsets;

/**
 * The three unescaping rules of the line protocol. Each drops a backslash that stands before one of its
 * bytes and keeps every other backslash, reading left to right.
 */
final class Escapes {
    /** Measurement names and field keys: {@code \,}, {@code \"}, {@code \ } and {@code \=}. */
    static final boolean[] NAME = set(",\" =");
    /** Tag keys and values: {@code \,}, {@code \ } and {@code \=}; a {@code \"} stays as written. */
    static final boolean[] TAG = set(", =");
    /** String field values, between their quotes: {@code \\} and {@code \"}. */
    static final boolean[] STRING = set("\\\"");

    private Escapes() {
    }

    private static boolean[] set(String bytes) {
        boolean[] s = new boolean[128];
        for (int i = 0; i < bytes.length(); i++) {
            s[bytes.charAt(i)] = true;
        }
        return s;
    }

    private static boolean escapes(boolean[] set, byte b) {
        return b >= 0 && set[b];
    }

    /** The UTF-8 text of buf[from, to) with the escapes of the given set removed. */
    static String decode(byte[] buf, int from, int to, boolean[] set) {
        int first = firstEscape(buf, from, to, set);
        if (first < 0) {
            return new String(buf, from, to - from, StandardCharsets.UTF_8);
        }
        byte[] out = new byte[to - from];
        int n = first - from;
        System.arraycopy(buf, from, out, 0, n);
        for (int i = first; i < to; i++) {
            byte b = buf[i];
            if (b == '\\' && i + 1 < to && escapes(set, buf[i + 1])) {
                b = buf[++i];
            }
            out[n++] = b;
        }
        return new String(out, 0, n, StandardCharsets.UTF_8);
    }

    private static int firstEscape(byte[] buf, int from, int to, boolean[] set) {
        for (int i = from; i < to - 1; i++) {
            if (buf[i] == '\\' && escapes(set, buf[i + 1])) {
                return i;
            }
        }
        return -1;
    }
}

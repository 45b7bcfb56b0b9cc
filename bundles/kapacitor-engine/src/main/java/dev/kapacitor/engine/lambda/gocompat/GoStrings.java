package dev.kapacitor.engine.lambda.gocompat;

import java.nio.charset.StandardCharsets;

/**
 * Go's strings package on Java strings. Go strings are UTF-8 bytes, so lengths and indexes
 * are byte counts (strLength('héllo') is 6), and case mapping and trimming work per code point
 * without locale rules. ASCII strings, the common case, take the plain Java path.
 */
public final class GoStrings {
    private GoStrings() {
    }

    /** len(s): the UTF-8 byte length. */
    public static int byteLength(String s) {
        return byteOffset(s, s.length());
    }

    /** The UTF-8 byte offset of the char index {@code end}. */
    public static int byteOffset(String s, int end) {
        int bytes = end;
        for (int i = 0; i < end; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                if (c < 0x800) {
                    bytes += 1;
                } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(s.charAt(i + 1))) {
                    bytes += 2; // 4 bytes for the pair of 2 chars
                    i++;
                } else {
                    bytes += 2;
                }
            }
        }
        return bytes;
    }

    private static int toBytes(String s, int charIndex) {
        return charIndex < 0 ? -1 : byteOffset(s, charIndex);
    }

    public static long index(String s, String sub) {
        return toBytes(s, s.indexOf(sub));
    }

    public static long lastIndex(String s, String sub) {
        return toBytes(s, s.lastIndexOf(sub));
    }

    /** strings.Count: non-overlapping occurrences; an empty sub counts code points plus one. */
    public static long count(String s, String sub) {
        if (sub.isEmpty()) {
            return s.codePointCount(0, s.length()) + 1L;
        }
        long n = 0;
        for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + sub.length())) {
            n++;
        }
        return n;
    }

    public static long indexAny(String s, String chars) {
        if (chars.isEmpty()) {
            return -1;
        }
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (chars.indexOf(cp) >= 0) {
                return byteOffset(s, i);
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    public static long lastIndexAny(String s, String chars) {
        if (chars.isEmpty()) {
            return -1;
        }
        for (int i = s.length(); i > 0; ) {
            int cp = s.codePointBefore(i);
            i -= Character.charCount(cp);
            if (chars.indexOf(cp) >= 0) {
                return byteOffset(s, i);
            }
        }
        return -1;
    }

    public static boolean containsAny(String s, String chars) {
        return indexAny(s, chars) >= 0;
    }

    /** strings.Replace: the first n occurrences (all when n < 0); an empty old matches around each code point. */
    public static String replace(String s, String old, String repl, long n) {
        if (old.equals(repl) || n == 0) {
            return s;
        }
        long m = count(s, old);
        if (m == 0) {
            return s;
        }
        if (n < 0 || m < n) {
            n = m;
        }
        StringBuilder sb = new StringBuilder(s.length() + (int) Math.min(n * (repl.length() - old.length()), 1 << 20));
        int start = 0;
        for (long i = 0; i < n; i++) {
            int j = start;
            if (old.isEmpty()) {
                if (i > 0) {
                    j += Character.charCount(s.codePointAt(start));
                }
            } else {
                j = s.indexOf(old, start);
            }
            sb.append(s, start, j).append(repl);
            start = j + old.length();
        }
        return sb.append(s, start, s.length()).toString();
    }

    public static String trimLeft(String s, String cutset) {
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (cutset.indexOf(cp) < 0) {
                break;
            }
            i += Character.charCount(cp);
        }
        return s.substring(i);
    }

    public static String trimRight(String s, String cutset) {
        int i = s.length();
        while (i > 0) {
            int cp = s.codePointBefore(i);
            if (cutset.indexOf(cp) < 0) {
                break;
            }
            i -= Character.charCount(cp);
        }
        return s.substring(0, i);
    }

    public static String trim(String s, String cutset) {
        return trimRight(trimLeft(s, cutset), cutset);
    }

    public static String trimPrefix(String s, String prefix) {
        return s.startsWith(prefix) ? s.substring(prefix.length()) : s;
    }

    public static String trimSuffix(String s, String suffix) {
        return s.endsWith(suffix) ? s.substring(0, s.length() - suffix.length()) : s;
    }

    /** strings.TrimSpace with unicode.IsSpace, which differs from both trim() and strip(). */
    public static String trimSpace(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    /** unicode.IsSpace: all White_Space code points are in the BMP, so a char suffices. */
    public static boolean isSpace(char c) {
        if (c < 0x100) {
            return c == ' ' || (c >= '\t' && c <= '\r') || c == 0x85 || c == 0xA0;
        }
        return c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029
                || c == 0x202F || c == 0x205F || c == 0x3000;
    }

    public static String toLower(String s) {
        return mapCase(s, false);
    }

    public static String toUpper(String s) {
        return mapCase(s, true);
    }

    /** Simple (one to one) case mapping per code point, as Go's unicode.ToUpper/ToLower. */
    private static String mapCase(String s, boolean upper) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int mapped = upper ? Character.toUpperCase(cp) : Character.toLowerCase(cp);
            if (mapped != cp && sb == null) {
                sb = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (sb != null) {
                sb.appendCodePoint(mapped);
            }
            i += Character.charCount(cp);
        }
        return sb == null ? s : sb.toString();
    }

    /** s[start:stop] on the UTF-8 bytes; bounds are checked by the caller. */
    public static String byteSlice(String s, int start, int stop) {
        if (isAscii(s)) {
            return s.substring(start, stop);
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        return new String(b, start, stop - start, StandardCharsets.UTF_8);
    }

    public static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Go's string comparison: UTF-8 byte order, which is code point order (not UTF-16 order). */
    public static int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                if (x < Character.MIN_SURROGATE && y < Character.MIN_SURROGATE) {
                    return x - y;
                }
                return Integer.compare(a.codePointAt(i), b.codePointAt(i));
            }
        }
        return a.length() - b.length();
    }
}

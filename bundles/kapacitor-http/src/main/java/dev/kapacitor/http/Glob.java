package dev.kapacitor.http;

/**
 * Go's path.Match, used by Kapacitor's list endpoints for {@code ?pattern=}: '*' matches any run
 * of characters other than '/', '?' one such character, '[a-z]' and '[^a-z]' a class, '\' quotes
 * the next character. A malformed pattern matches nothing, as Kapacitor ignores the error.
 */
final class Glob {
    private Glob() {
    }

    static boolean matches(String pattern, String name) {
        try {
            return match(pattern, 0, name, 0);
        } catch (IllegalArgumentException badPattern) {
            return false;
        }
    }

    private static boolean match(String p, int pi, String s, int si) {
        while (pi < p.length()) {
            char c = p.charAt(pi);
            if (c == '*') {
                while (pi < p.length() && p.charAt(pi) == '*') {
                    pi++;
                }
                for (int k = si; ; k++) {
                    if (match(p, pi, s, k)) {
                        return true;
                    }
                    if (k >= s.length() || s.charAt(k) == '/') {
                        return false;
                    }
                }
            }
            if (si >= s.length()) {
                return false;
            }
            char ch = s.charAt(si);
            if (c == '?') {
                if (ch == '/') {
                    return false;
                }
                pi++;
            } else if (c == '[') {
                int end = classEnd(p, pi);
                if (!inClass(p, pi + 1, end, ch)) {
                    return false;
                }
                pi = end + 1;
            } else {
                if (c == '\\') {
                    pi++;
                    if (pi >= p.length()) {
                        throw new IllegalArgumentException("syntax error in pattern");
                    }
                    c = p.charAt(pi);
                }
                if (c != ch) {
                    return false;
                }
                pi++;
            }
            si++;
        }
        return si == s.length();
    }

    /** The index of the ']' closing the class opened at {@code open}. */
    private static int classEnd(String p, int open) {
        int i = open + 1;
        if (i < p.length() && p.charAt(i) == '^') {
            i++;
        }
        boolean first = true;
        for (; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == ']' && !first) {
                return i;
            }
            if (c == '\\') {
                i++;
            }
            first = false;
        }
        throw new IllegalArgumentException("syntax error in pattern");
    }

    private static boolean inClass(String p, int i, int end, char ch) {
        boolean negated = p.charAt(i) == '^';
        if (negated) {
            i++;
        }
        boolean found = false;
        while (i < end) {
            char lo = p.charAt(i) == '\\' ? p.charAt(++i) : p.charAt(i);
            i++;
            char hi = lo;
            if (i + 1 < end && p.charAt(i) == '-') {
                hi = p.charAt(i + 1) == '\\' ? p.charAt(i + 2) : p.charAt(i + 1);
                i += p.charAt(i + 1) == '\\' ? 3 : 2;
            }
            if (lo <= ch && ch <= hi) {
                found = true;
            }
        }
        return found != negated && ch != '/';
    }
}

package dev.kapacitor.gotemplate.internal;

/** Go's strconv.Unquote, for the template's string and rune literals. */
final class GoUnquote {
    private GoUnquote() {
    }

    /** strconv.Unquote of a {@code "..."} or raw literal; null when its syntax is invalid. */
    static String unquote(String lit) {
        if (lit.charAt(0) == '`') {
            return lit.substring(1, lit.length() - 1).replace("\r", "");
        }
        StringBuilder sb = new StringBuilder(lit.length());
        int[] at = {1};
        while (at[0] < lit.length() - 1) {
            int cp = unquoteChar(lit, at, '"');
            if (cp < 0) {
                return null;
            }
            sb.appendCodePoint(cp);
        }
        return sb.toString();
    }

    /** The rune of a {@code 'x'} literal, or -1 when it is not exactly one valid rune. */
    static int unquoteRune(String lit) {
        int[] at = {1};
        int cp = unquoteChar(lit, at, '\'');
        return cp >= 0 && at[0] == lit.length() - 1 ? cp : -1;
    }

    /** Decodes one (possibly escaped) rune at {@code at[0]}, advancing it; -1 on bad syntax. */
    private static int unquoteChar(String s, int[] at, char quote) {
        int i = at[0];
        int c = s.codePointAt(i);
        if (c == quote && quote == '\'') {
            return -1;
        }
        if (c != '\\') {
            at[0] = i + Character.charCount(c);
            return c;
        }
        if (i + 1 >= s.length()) {
            return -1;
        }
        char e = s.charAt(i + 1);
        at[0] = i + 2;
        return switch (e) {
            case 'a' -> 7;
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'v' -> 0x0b;
            case '\\' -> '\\';
            case '\'', '"' -> e == quote ? e : -1;
            case 'x' -> digits(s, at, 2, 16);
            case 'u' -> digits(s, at, 4, 16);
            case 'U' -> digits(s, at, 8, 16);
            case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                at[0] = i + 1;
                int v = digits(s, at, 3, 8);
                yield v > 255 ? -1 : v;
            }
            default -> -1;
        };
    }

    private static int digits(String s, int[] at, int n, int radix) {
        int i = at[0];
        if (i + n > s.length() - 1) {
            return -1;
        }
        int v = 0;
        for (int k = 0; k < n; k++) {
            int d = Character.digit(s.charAt(i + k), radix);
            if (d < 0) {
                return -1;
            }
            v = v * radix + d;
        }
        at[0] = i + n;
        return v > Character.MAX_CODE_POINT || (v >= 0xD800 && v <= 0xDFFF) ? -1 : v;
    }
}

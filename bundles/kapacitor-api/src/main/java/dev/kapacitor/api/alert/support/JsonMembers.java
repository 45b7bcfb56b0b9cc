package dev.kapacitor.api.alert.support;

/**
 * Reads single members out of small JSON objects (alert event JSON, integration responses)
 * without a JSON library in the integration bundles; writing is {@link dev.kapacitor.api.gofmt.GoJson}.
 */
public final class JsonMembers {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private JsonMembers() {
    }

    /**
     * The raw text of the value of a top-level member of a JSON object, e.g. the {@code data}
     * of an alert event's JSON, or null when the object has no such member.
     *
     * @throws IllegalArgumentException when {@code json} is not a JSON object
     */
    public static String member(String json, String key) {
        int i = skipSpace(json, 0);
        expect(json, i, '{');
        i = skipSpace(json, i + 1);
        while (i < json.length() && json.charAt(i) != '}') {
            int keyEnd = endOfString(json, i);
            boolean match = json.regionMatches(i + 1, key, 0, key.length()) && keyEnd == i + key.length() + 2;
            i = skipSpace(json, keyEnd);
            expect(json, i, ':');
            int start = skipSpace(json, i + 1);
            int end = endOfValue(json, start);
            if (match) {
                return json.substring(start, end);
            }
            i = skipSpace(json, end);
            if (i < json.length() && json.charAt(i) == ',') {
                i = skipSpace(json, i + 1);
            }
        }
        expect(json, i, '}');
        return null;
    }

    /**
     * The value of a top-level string member, unescaped; null when absent, not a string, or
     * {@code json} is no JSON object (error bodies of web services are often plain text).
     */
    public static String string(String json, String key) {
        String raw;
        try {
            raw = member(json, key);
        } catch (IllegalArgumentException notAnObject) {
            return null;
        }
        return raw == null || !raw.startsWith("\"") ? null : unquote(raw);
    }

    /** The text of a quoted JSON string. */
    public static String unquote(String quoted) {
        StringBuilder out = new StringBuilder(quoted.length());
        for (int i = 1, end = quoted.length() - 1; i < end; i++) {
            char c = quoted.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            c = quoted.charAt(++i);
            switch (c) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    out.append((char) Integer.parseInt(quoted, i + 1, i + 5, 16));
                    i += 4;
                }
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static int endOfValue(String s, int i) {
        char c = at(s, i);
        if (c == '"') {
            return endOfString(s, i);
        }
        if (c != '{' && c != '[') {
            while (i < s.length() && ",}] \t\r\n".indexOf(s.charAt(i)) < 0) {
                i++;
            }
            return i;
        }
        int depth = 0;
        while (true) {
            c = at(s, i);
            if (c == '"') {
                i = endOfString(s, i);
                continue;
            }
            if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                if (--depth == 0) {
                    return i + 1;
                }
            }
            i++;
        }
    }

    /** The index after the closing quote of the string starting at {@code i}. */
    private static int endOfString(String s, int i) {
        expect(s, i, '"');
        for (i++; ; i++) {
            char c = at(s, i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i + 1;
            }
        }
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static char at(String s, int i) {
        if (i >= s.length()) {
            throw new IllegalArgumentException("truncated JSON object");
        }
        return s.charAt(i);
    }

    private static void expect(String s, int i, char c) {
        if (at(s, i) != c) {
            throw new IllegalArgumentException("expected '" + c + "' at " + i + " of a JSON object");
        }
    }
}

package dev.kapacitor.api.gofmt;

import dev.kapacitor.api.model.Row;
import java.util.List;
import java.util.Map;

/**
 * Writes results exactly as Kapacitor's Go encoder does: rows with empty parts left out, map
 * keys sorted, floats in Go's shortest form ({@code 1}, {@code 0.5}, {@code 1e+21},
 * {@code 1e-7}), strings with Go's HTML-safe escapes. NaN and infinities cannot be written,
 * as in Go.
 */
public final class GoJson {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private GoJson() {
    }

    /** {@code {"series":[...]}} followed by a newline, as Go's json.Encoder writes it. */
    public static String result(List<Row> series) {
        StringBuilder sb = new StringBuilder(128);
        sb.append("{\"series\":");
        if (series == null) {
            sb.append("null");
        } else {
            sb.append('[');
            for (int i = 0; i < series.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                row(sb, series.get(i));
            }
            sb.append(']');
        }
        return sb.append("}\n").toString();
    }

    public static void row(StringBuilder sb, Row row) {
        if (row == null) {
            sb.append("null");
            return;
        }
        sb.append('{');
        boolean first = true;
        if (row.name() != null && !row.name().isEmpty()) {
            sb.append("\"name\":");
            string(sb, row.name());
            first = false;
        }
        if (row.tags() != null && !row.tags().isEmpty()) {
            sb.append(first ? "" : ",").append("\"tags\":");
            tags(sb, row.tags());
            first = false;
        }
        if (row.columns() != null && !row.columns().isEmpty()) {
            sb.append(first ? "" : ",").append("\"columns\":[");
            for (int i = 0; i < row.columns().size(); i++) {
                sb.append(i > 0 ? "," : "");
                string(sb, row.columns().get(i));
            }
            sb.append(']');
            first = false;
        }
        if (row.values() != null && !row.values().isEmpty()) {
            sb.append(first ? "" : ",").append("\"values\":[");
            for (int i = 0; i < row.values().size(); i++) {
                sb.append(i > 0 ? ",[" : "[");
                List<Object> vs = row.values().get(i);
                for (int j = 0; j < vs.size(); j++) {
                    sb.append(j > 0 ? "," : "");
                    value(sb, vs.get(j));
                }
                sb.append(']');
            }
            sb.append(']');
        }
        sb.append('}');
    }

    private static void tags(StringBuilder sb, Map<String, String> tags) {
        sb.append('{');
        boolean first = true;
        for (String k : new java.util.TreeSet<>(tags.keySet())) {
            sb.append(first ? "" : ",");
            string(sb, k);
            sb.append(':');
            string(sb, tags.get(k));
            first = false;
        }
        sb.append('}');
    }

    public static void value(StringBuilder sb, Object v) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof String s) {
            string(sb, s);
        } else if (v instanceof Double d) {
            number(sb, d);
        } else if (v instanceof Float f) {
            number(sb, f.doubleValue());
        } else if (v instanceof Number n) {
            sb.append(n.longValue());
        } else if (v instanceof Boolean b) {
            sb.append(b.booleanValue());
        } else {
            string(sb, v.toString());
        }
    }

    /** Go's encoding/json float format. */
    public static void number(StringBuilder sb, double d) {
        sb.append(number(d));
    }

    /** @throws IllegalArgumentException for NaN and infinities, which Go's encoder rejects too */
    public static String number(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new IllegalArgumentException("json: unsupported value: " + GoFloat.string(d));
        }
        return GoFloat.json(d);
    }

    /** Go's encoding/json string, quoted; lone surrogates (invalid UTF-8 to Go) become U+FFFD. */
    public static StringBuilder string(StringBuilder sb, String s) {
        sb.append('"');
        // characters that stay as they are go in runs: one copy instead of one append each
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (plain(c)) {
                continue;
            }
            sb.append(s, run, i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (hexEscaped(c)) {
                        hex(sb, c);
                    } else if (!validPair(s, i)) {
                        sb.append("\\ufffd");
                    } else {
                        sb.append(c).append(s.charAt(++i));
                    }
                }
            }
            run = i + 1;
        }
        return sb.append(s, run, s.length()).append('"');
    }

    /** Written as it is: printable ASCII other than the escaped, and non-surrogates above it. */
    private static boolean plain(char c) {
        if (c < 0x80) {
            return c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&';
        }
        return c != '\u2028' && c != '\u2029' && !Character.isSurrogate(c);
    }

    /**
     * Whether Go writes {@code c} as a backslash-u escape: control characters other than newline,
     * return and tab, and (HTML-safe) {@code < > &} and U+2028, U+2029.
     */
    public static boolean hexEscaped(char c) {
        return c < 0x20 && c != '\n' && c != '\r' && c != '\t'
                || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029';
    }

    /** The backslash-u escape of {@code c}, lower-case hex as Go writes it. */
    public static String hex(char c) {
        StringBuilder sb = new StringBuilder(6);
        hex(sb, c);
        return sb.toString();
    }

    private static boolean validPair(String s, int i) {
        return Character.isHighSurrogate(s.charAt(i)) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }

    private static void hex(StringBuilder sb, char c) {
        sb.append("\\u").append(HEX[c >> 12 & 0xf]).append(HEX[c >> 8 & 0xf]).append(HEX[c >> 4 & 0xf]).append(HEX[c & 0xf]);
    }
}

package dev.kapacitor.gotemplate.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * encoding/json's Encoder.Encode of a template value, for Kapacitor's {@code json} function:
 * HTML-safe string escapes, map keys sorted, embedded struct fields flattened, a final newline.
 */
final class GoJson {
    private static final String HEX = "0123456789abcdef";

    private GoJson() {
    }

    /** The encoding, or "" when Go's encoder would fail (NaN, infinities). */
    static String encode(Object v) {
        StringBuilder sb = new StringBuilder(256);
        try {
            value(sb, v);
        } catch (ArithmeticException unsupported) {
            return "";
        }
        return sb.append('\n').toString();
    }

    private static void value(StringBuilder sb, Object v) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof String s) {
            string(sb, s);
        } else if (v instanceof Boolean b) {
            sb.append(b);
        } else if (v instanceof Double || v instanceof Float) {
            number(sb, ((Number) v).doubleValue());
        } else if (v instanceof Instant t) {
            string(sb, GoTime.format(t, "2006-01-02T15:04:05.999999999Z07:00"));
        } else if (Values.integer(v) != null) {
            sb.append(Values.integer(v));
        } else if (v instanceof Map<?, ?> m) {
            sb.append('{');
            boolean first = true;
            for (String k : Values.sortedKeys(m)) {
                sb.append(first ? "" : ",");
                first = false;
                string(sb, k);
                sb.append(':');
                value(sb, m.get(k));
            }
            sb.append('}');
        } else if (v instanceof List<?> l) {
            sb.append('[');
            for (int i = 0; i < l.size(); i++) {
                sb.append(i > 0 ? "," : "");
                value(sb, l.get(i));
            }
            sb.append(']');
        } else if (v instanceof StructValue s) {
            sb.append('{');
            fields(sb, s.type(), s.value(), true);
            sb.append('}');
        } else {
            string(sb, v.toString());
        }
    }

    /** Writes the struct's fields, embedded ones in place; returns whether none was written yet. */
    private static boolean fields(StringBuilder sb, StructType type, Object obj, boolean first) {
        for (StructType.Part p : type.parts) {
            Object field = p.getter().apply(obj);
            if (p.embedded()) {
                first = fields(sb, (StructType) p.type(), field, first);
                continue;
            }
            sb.append(first ? "" : ",");
            first = false;
            string(sb, p.name());
            sb.append(':');
            value(sb, field != null && p.type() instanceof StructType st ? new StructValue(st, field) : field);
        }
        return first;
    }

    /** Go's float64 encoding: shortest, 'e' form below 1e-6 or from 1e21, {@code e-7} not {@code e-07}. */
    private static void number(StringBuilder sb, double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new ArithmeticException("unsupported value");
        }
        double abs = Math.abs(d);
        boolean exp = abs != 0 && (abs < 1e-6 || abs >= 1e21);
        String s = GoFloats.format(d, exp ? 'e' : 'f', -1);
        int n = s.length();
        if (exp && n >= 4 && s.charAt(n - 4) == 'e' && s.charAt(n - 3) == '-' && s.charAt(n - 2) == '0') {
            s = s.substring(0, n - 2) + s.charAt(n - 1);
        }
        sb.append(s);
    }

    private static void string(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                        sb.append("\\u").append(c >= 0x2000 ? "20" : "00")
                                .append(HEX.charAt((c >> 4) & 0xf)).append(HEX.charAt(c & 0xf));
                    } else if (Character.isSurrogate(c) && !validPair(s, i)) {
                        sb.append("\\ufffd");
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    private static boolean validPair(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}

package dev.kapacitor.gotemplate.internal;

import static dev.kapacitor.api.gofmt.GoJson.string;

import dev.kapacitor.api.gofmt.GoFloat;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * encoding/json's Encoder.Encode of a template value, for Kapacitor's {@code json} function:
 * strings and numbers as {@link dev.kapacitor.api.gofmt.GoJson} writes them, map keys sorted,
 * embedded struct fields flattened, a final newline.
 */
final class GoJson {
    /**
     * The length of the last encoding, to size the next buffer: a template encodes the same kind
     * of data each time. Shared and racy on purpose: any value is a valid hint.
     */
    private static int lastLength;
    /** 0000-01-01T00:00:00Z and 9999-12-31T23:59:59Z in epoch seconds. */
    private static final long YEAR_0 = -62_167_219_200L;
    private static final long YEAR_9999_END = 253_402_300_799L;

    private GoJson() {
    }

    /** The encoding, or "" when Go's encoder would fail (NaN, infinities). */
    static String encode(Object v) {
        StringBuilder sb = new StringBuilder(Math.max(256, lastLength + 16));
        try {
            value(sb, v);
        } catch (ArithmeticException unsupported) {
            return "";
        }
        lastLength = sb.length();
        return sb.append('\n').toString();
    }

    /**
     * A time in RFC3339Nano, quoted: for years 0 to 9999 with the API's arithmetic formatter,
     * which writes the same there without parsing a layout; outside them as the layout does.
     */
    private static void time(StringBuilder sb, Instant t) {
        long s = t.getEpochSecond();
        if (s < YEAR_0 || s > YEAR_9999_END) {
            string(sb, GoTime.format(t, "2006-01-02T15:04:05.999999999Z07:00"));
            return;
        }
        sb.append('"');
        dev.kapacitor.api.gofmt.GoTime.append(sb, t);
        sb.append('"');
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
            time(sb, t);
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
        } else if (v instanceof StructValue s && s.type().json != null) {
            sb.append(s.type().json.apply(s.value()));
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

    /** Go's float64 encoding; an error (not an exception to pass on) for NaN and infinities. */
    private static void number(StringBuilder sb, double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new ArithmeticException("unsupported value");
        }
        sb.append(GoFloat.json(d));
    }
}

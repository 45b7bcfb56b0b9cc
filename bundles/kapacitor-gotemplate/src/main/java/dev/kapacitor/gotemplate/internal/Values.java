package dev.kapacitor.gotemplate.internal;

import dev.kapacitor.api.gofmt.GoDuration;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** What Go knows from a value's dynamic type: its name, truth, String method, kind. */
final class Values {
    private Values() {
    }

    static String typeName(Object v) {
        if (v == null) {
            return "<nil>";
        }
        if (v instanceof String) {
            return "string";
        } else if (v instanceof Integer) {
            return "int";
        } else if (v instanceof Long) {
            return "int64";
        } else if (v instanceof Double) {
            return "float64";
        } else if (v instanceof Float) {
            return "float32";
        } else if (v instanceof Boolean) {
            return "bool";
        }
        Type t = typeOf(v);
        return t != null ? t.goName() : v.getClass().getName();
    }

    /** The type of values that have members or a Go name of their own; null for the rest. */
    static Type typeOf(Object v) {
        if (v instanceof StructValue s) {
            return s.type();
        } else if (v instanceof Instant) {
            return Types.TIME;
        } else if (v instanceof Duration) {
            return Types.DURATION;
        } else if (v instanceof NamedInt n) {
            return n.type();
        } else if (v instanceof Map) {
            return (Type) Types.mapOf(Types.ANY);
        } else if (v instanceof List) {
            return (Type) Types.sliceOf(Types.ANY);
        }
        return null;
    }

    /** Go's String() of the types that have one, else null. */
    static String stringer(Object v) {
        if (v instanceof Instant t) {
            return GoTime.string(t);
        } else if (v instanceof Duration d) {
            return GoDuration.string(d.toNanos());
        } else if (v instanceof NamedInt n) {
            return n.name();
        }
        return null;
    }

    /** Go's truth: non-zero numbers, non-empty strings, maps and slices, true, any struct. */
    static boolean isTrue(Object v) {
        if (v == null) {
            return false;
        } else if (v instanceof Boolean b) {
            return b;
        } else if (v instanceof String s) {
            return !s.isEmpty();
        } else if (v instanceof Double || v instanceof Float) {
            return ((Number) v).doubleValue() != 0;
        } else if (v instanceof Map<?, ?> m) {
            return !m.isEmpty();
        } else if (v instanceof List<?> l) {
            return !l.isEmpty();
        }
        Long i = integer(v);
        return i == null || i != 0;
    }

    /** The value of an integer kind (int, int64, Duration, Month, Weekday), else null. */
    static Long integer(Object v) {
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        } else if (v instanceof Duration d) {
            return d.toNanos();
        } else if (v instanceof NamedInt n) {
            return n.value();
        }
        return null;
    }

    /** A map's keys in Go's printing order (sorted). */
    static List<String> sortedKeys(Map<?, ?> m) {
        List<String> keys = new ArrayList<>(m.size());
        for (Object k : m.keySet()) {
            keys.add(String.valueOf(k));
        }
        Collections.sort(keys);
        return keys;
    }
}

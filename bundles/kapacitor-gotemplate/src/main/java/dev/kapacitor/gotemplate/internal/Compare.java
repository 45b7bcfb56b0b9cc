package dev.kapacitor.gotemplate.internal;

import dev.kapacitor.gotemplate.internal.Runtime.GoError;

/** Go's eq, ne, lt, le, gt, ge: same basic kinds only, ints of any size together. */
final class Compare {
    private enum Kind { INVALID, BOOL, INT, FLOAT, STRING }

    private Compare() {
    }

    private static Kind kind(Object v) {
        if (v instanceof Boolean) {
            return Kind.BOOL;
        } else if (v instanceof String) {
            return Kind.STRING;
        } else if (v instanceof Double || v instanceof Float) {
            return Kind.FLOAT;
        }
        return Values.integer(v) != null ? Kind.INT : Kind.INVALID;
    }

    static boolean eq(Object[] args) {
        if (args.length < 2) {
            throw new GoError("missing argument for comparison");
        }
        Object a = args[0];
        Kind k1 = kind(a);
        for (int i = 1; i < args.length; i++) {
            Object b = args[i];
            Kind k2 = kind(b);
            if (k1 != k2) {
                if (a != null && b != null) {
                    throw new GoError("incompatible types for comparison");
                }
            } else if (equal(a, b, k1)) {
                return true;
            }
        }
        return false;
    }

    private static boolean equal(Object a, Object b, Kind k) {
        return switch (k) {
            case BOOL, STRING -> a.equals(b);
            case INT -> Values.integer(a).longValue() == Values.integer(b).longValue();
            case FLOAT -> ((Number) a).doubleValue() == ((Number) b).doubleValue();
            case INVALID -> {
                if (a == null || b == null) {
                    yield a == b;
                }
                if (a instanceof java.util.Map || a instanceof java.util.List) {
                    throw new GoError("non-comparable type " + Values.typeName(a));
                }
                yield a.equals(b);
            }
        };
    }

    static boolean lt(Object a, Object b) {
        Kind k1 = kind(a);
        Kind k2 = kind(b);
        if (k1 == Kind.INVALID || k2 == Kind.INVALID) {
            throw new GoError("invalid type for comparison");
        }
        if (k1 != k2) {
            throw new GoError("incompatible types for comparison");
        }
        return switch (k1) {
            case INT -> Values.integer(a) < Values.integer(b);
            case FLOAT -> ((Number) a).doubleValue() < ((Number) b).doubleValue();
            case STRING -> ((String) a).compareTo((String) b) < 0;
            default -> throw new GoError("invalid type for comparison");
        };
    }

    static boolean le(Object a, Object b) {
        return lt(a, b) || eq(new Object[]{a, b});
    }
}

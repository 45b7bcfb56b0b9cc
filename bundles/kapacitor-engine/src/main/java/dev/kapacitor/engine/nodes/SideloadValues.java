package dev.kapacitor.engine.nodes;

import java.math.BigDecimal;

/** Kapacitor's sideload conversions of a loaded value (JSON: float64, string, bool, ...) to the default's type. */
final class SideloadValues {
    private SideloadValues() {
    }

    /** The value as the default's type (Long, Double, Boolean or String), or null when it does not convert. */
    static Object convert(Object v, Object dflt) {
        if (dflt instanceof Long) {
            return toLong(v);
        } else if (dflt instanceof Double) {
            return toDouble(v);
        } else if (dflt instanceof Boolean) {
            return toBool(v);
        } else if (dflt instanceof String) {
            return toText(v);
        }
        return null;
    }

    private static Long toLong(Object v) {
        if (v instanceof Long l) {
            return l;
        } else if (v instanceof Double d) {
            long i = (long) d.doubleValue();
            return (double) i == d ? i : null;
        } else if (v instanceof String s) {
            try {
                return Long.parseLong(s);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static Double toDouble(Object v) {
        if (v instanceof Long l) {
            return (double) l;
        } else if (v instanceof Double d) {
            return d;
        } else if (v instanceof String s) {
            try {
                return Double.parseDouble(s.trim().equals(s) ? s : "x");
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** Go's strconv.ParseBool. */
    private static Boolean toBool(Object v) {
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof String s) {
            return switch (s) {
                case "1", "t", "T", "TRUE", "true", "True" -> true;
                case "0", "f", "F", "FALSE", "false", "False" -> false;
                default -> null;
            };
        }
        return null;
    }

    /** As Go formats: ints in decimal, floats in the shortest 'f' form (1, 0.5), bools as true/false. */
    private static String toText(Object v) {
        if (v instanceof String s) {
            return s;
        } else if (v instanceof Long || v instanceof Boolean) {
            return v.toString();
        } else if (v instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                return d.isNaN() ? "NaN" : d > 0 ? "+Inf" : "-Inf";
            }
            String s = new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
            return d == 0 && 1 / d < 0 ? "-0" : s;
        }
        return null;
    }

    /** Go's %T of a loaded value, for messages. */
    static String goType(Object v) {
        if (v instanceof java.util.Map) {
            return "map[string]interface {}";
        } else if (v instanceof java.util.List) {
            return "[]interface {}";
        }
        return FieldValues.goType(v);
    }
}

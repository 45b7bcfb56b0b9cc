package dev.kapacitor.engine.lambda.functions;

import dev.kapacitor.api.gofmt.GoQuote;
import dev.kapacitor.engine.lambda.gocompat.GoFormat;
import dev.kapacitor.engine.lambda.tree.Frame;
import dev.kapacitor.engine.lambda.tree.Node;
import dev.kapacitor.engine.lambda.tree.VType;

import java.util.List;
import java.util.Map;

import static dev.kapacitor.engine.lambda.tree.VType.BOOL;
import static dev.kapacitor.engine.lambda.tree.VType.DURATION;
import static dev.kapacitor.engine.lambda.tree.VType.FLOAT;
import static dev.kapacitor.engine.lambda.tree.VType.INT;
import static dev.kapacitor.engine.lambda.tree.VType.STRING;

/**
 * bool(), int(), float(), string() and duration(). The signatures are Kapacitor's: int()
 * takes no duration and duration() needs a unit for numbers and strings, so both are
 * rejected before any point is seen.
 */
final class ConversionFunctions {
    private ConversionFunctions() {
    }

    static void register(Map<String, Builtin> m) {
        Builtins.add(m, "bool", from(BOOL, BOOL, STRING, INT, FLOAT), (a, t, s) -> toBool(a[0], t[0]));
        Builtins.add(m, "int", from(INT, BOOL, STRING, INT, FLOAT), (a, t, s) -> toInt(a[0], t[0]));
        Builtins.add(m, "float", from(FLOAT, BOOL, STRING, INT, FLOAT), (a, t, s) -> toFloat(a[0], t[0]));
        Builtins.add(m, "string", from(STRING, BOOL, STRING, INT, FLOAT, DURATION), (a, t, s) -> toStr(a[0], t[0]));
        Builtins.add(m, "duration", List.of(Signature.of(DURATION, DURATION), Signature.of(DURATION, INT, DURATION),
                Signature.of(DURATION, FLOAT, DURATION), Signature.of(DURATION, STRING, DURATION)),
                (a, t, s) -> toDuration(a, t[0]));
    }

    private static List<Signature> from(VType result, VType... args) {
        return java.util.Arrays.stream(args).map(arg -> Signature.of(result, arg)).toList();
    }

    private static Node toBool(Node a, VType t) {
        switch (t) {
            case BOOL: return a;
            case STRING: return new Node() {
                @Override
                public boolean b(Frame f) {
                    try {
                        return GoFormat.parseBool(a.s(f));
                    } catch (IllegalArgumentException e) {
                        throw Builtin.failure("bool", e.getMessage());
                    }
                }
            };
            case INT: return new Node() {
                @Override
                public boolean b(Frame f) {
                    long v = a.l(f);
                    if (v == 0 || v == 1) {
                        return v == 1;
                    }
                    throw Builtin.failure("bool", "cannot convert " + v + " to boolean");
                }
            };
            default: return new Node() {
                @Override
                public boolean b(Frame f) {
                    double v = a.d(f);
                    if (v == 0 || v == 1) {
                        return v == 1;
                    }
                    throw Builtin.failure("bool", "cannot convert " + GoFormat.formatFloatV(v) + " to boolean");
                }
            };
        }
    }

    private static Node toInt(Node a, VType t) {
        switch (t) {
            case INT: return a;
            case BOOL: return new Node() {
                @Override
                public long l(Frame f) {
                    return a.b(f) ? 1 : 0;
                }
            };
            case STRING: return new Node() {
                @Override
                public long l(Frame f) {
                    try {
                        return GoFormat.parseInt(a.s(f));
                    } catch (IllegalArgumentException e) {
                        throw Builtin.failure("int", e.getMessage());
                    }
                }
            };
            default: return new Node() {
                @Override
                public long l(Frame f) {
                    return GoFormat.floatToInt64(a.d(f));
                }
            };
        }
    }

    private static Node toFloat(Node a, VType t) {
        switch (t) {
            case FLOAT: return a;
            case BOOL: return new Node() {
                @Override
                public double d(Frame f) {
                    return a.b(f) ? 1 : 0;
                }
            };
            case STRING: return new Node() {
                @Override
                public double d(Frame f) {
                    try {
                        return GoFormat.parseFloat(a.s(f));
                    } catch (IllegalArgumentException e) {
                        throw Builtin.failure("float", e.getMessage());
                    }
                }
            };
            default: return new Node() {
                @Override
                public double d(Frame f) {
                    return a.l(f);
                }
            };
        }
    }

    private static Node toStr(Node a, VType t) {
        switch (t) {
            case STRING: return a;
            case BOOL: return new Node() {
                @Override
                public String s(Frame f) {
                    return a.b(f) ? "true" : "false";
                }
            };
            case INT: return new Node() {
                @Override
                public String s(Frame f) {
                    return Long.toString(a.l(f));
                }
            };
            case DURATION: return new Node() {
                @Override
                public String s(Frame f) {
                    return GoFormat.formatDuration(a.l(f));
                }
            };
            default: return new Node() {
                @Override
                public String s(Frame f) {
                    return GoFormat.formatFloat(a.d(f));
                }
            };
        }
    }

    private static Node toDuration(Node[] a, VType t) {
        switch (t) {
            case DURATION: return a[0];
            case INT: return new Node() {
                @Override
                public long l(Frame f) {
                    long v = a[0].l(f);
                    return v * a[1].l(f);
                }
            };
            case FLOAT: return new Node() {
                @Override
                public long l(Frame f) {
                    double v = a[0].d(f);
                    return GoFormat.floatToInt64(v * a[1].l(f));
                }
            };
            default: return new Node() {
                @Override
                public long l(Frame f) {
                    String v = a[0].s(f);
                    a[1].l(f); // the unit is required, evaluated, and ignored for strings
                    try {
                        return GoFormat.parseDuration(v);
                    } catch (IllegalArgumentException e) {
                        throw Builtin.failure("duration", "invalid duration string " + GoQuote.quote(v));
                    }
                }
            };
        }
    }
}

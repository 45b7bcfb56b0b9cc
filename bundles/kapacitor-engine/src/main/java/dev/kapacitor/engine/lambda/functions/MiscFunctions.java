package dev.kapacitor.engine.lambda.functions;

import dev.kapacitor.engine.lambda.gocompat.GoFormat;
import dev.kapacitor.engine.lambda.gocompat.Rx;
import dev.kapacitor.engine.lambda.tree.Frame;
import dev.kapacitor.engine.lambda.tree.Leaves;
import dev.kapacitor.engine.lambda.tree.Node;
import dev.kapacitor.engine.lambda.tree.VType;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.kapacitor.engine.lambda.tree.VType.BOOL;
import static dev.kapacitor.engine.lambda.tree.VType.DURATION;
import static dev.kapacitor.engine.lambda.tree.VType.FLOAT;
import static dev.kapacitor.engine.lambda.tree.VType.INT;
import static dev.kapacitor.engine.lambda.tree.VType.MISSING;
import static dev.kapacitor.engine.lambda.tree.VType.REGEX;
import static dev.kapacitor.engine.lambda.tree.VType.STRING;
import static dev.kapacitor.engine.lambda.tree.VType.TIME;

/** humanBytes(), if() and isPresent(). */
final class MiscFunctions {
    private static final String[] SIZES = {"B", "kB", "MB", "GB", "TB", "PB", "EB"};

    private MiscFunctions() {
    }

    static void register(Map<String, Builtin> m) {
        Builtins.add(m, "humanBytes", List.of(Signature.of(STRING, FLOAT), Signature.of(STRING, INT)),
                (a, t, s) -> t[0] == FLOAT ? new Node() {
                    @Override
                    public String s(Frame f) {
                        return humanBytes(GoFormat.floatToUint64(a[0].d(f)));
                    }
                } : new Node() {
                    @Override
                    public String s(Frame f) {
                        return humanBytes(a[0].l(f));
                    }
                });

        List<Signature> ifs = new ArrayList<>();
        for (VType v : List.of(FLOAT, INT, STRING, BOOL, REGEX, TIME, DURATION)) {
            ifs.add(Signature.of(v, BOOL, v, v));
        }
        Builtins.add(m, "if", ifs, (a, t, s) -> choice(a[0], a[1], a[2], t[1]));

        Builtins.add(m, "isPresent", List.of(Signature.of(BOOL, MISSING), Signature.of(BOOL, BOOL),
                Signature.of(BOOL, STRING), Signature.of(BOOL, INT), Signature.of(BOOL, FLOAT)),
                (a, t, s) -> t[0] == MISSING ? Leaves.boolConst(false) : present(a[0], t[0]));
    }

    /** go-humanize Bytes(): SI units, one decimal below 10, Go's round-half-even printing. */
    static String humanBytes(long unsigned) {
        if (unsigned >= 0 && unsigned < 10) {
            return unsigned + " B";
        }
        double s = unsigned >= 0 ? unsigned : ((double) (unsigned >>> 1 | (unsigned & 1))) * 2;
        double e = Math.floor(Math.log(s) / Math.log(1000));
        double val = Math.floor(s / Math.pow(1000, e) * 10 + 0.5) / 10;
        int decimals = val < 10 ? 1 : 0;
        return new BigDecimal(val).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString() + " " + SIZES[(int) e];
    }

    /** if(c, a, b): like Kapacitor, both branches are evaluated before choosing. */
    private static Node choice(Node c, Node a, Node b, VType type) {
        switch (type) {
            case FLOAT: return new Node() {
                @Override
                public double d(Frame f) {
                    boolean cond = c.b(f);
                    double x = a.d(f);
                    double y = b.d(f);
                    return cond ? x : y;
                }
            };
            case BOOL: return new Node() {
                @Override
                public boolean b(Frame f) {
                    boolean cond = c.b(f);
                    boolean x = a.b(f);
                    boolean y = b.b(f);
                    return cond ? x : y;
                }
            };
            case STRING: return new Node() {
                @Override
                public String s(Frame f) {
                    boolean cond = c.b(f);
                    String x = a.s(f);
                    String y = b.s(f);
                    return cond ? x : y;
                }
            };
            case REGEX: return new Node() {
                @Override
                public Rx r(Frame f) {
                    boolean cond = c.b(f);
                    Rx x = a.r(f);
                    Rx y = b.r(f);
                    return cond ? x : y;
                }
            };
            default: return new Node() { // int, time, duration
                @Override
                public long l(Frame f) {
                    boolean cond = c.b(f);
                    long x = a.l(f);
                    long y = b.l(f);
                    return cond ? x : y;
                }
            };
        }
    }

    /** isPresent of a value that is there: still evaluated, for its side effects and errors. */
    private static Node present(Node a, VType type) {
        return new Node() {
            @Override
            public boolean b(Frame f) {
                switch (type) {
                    case FLOAT -> a.d(f);
                    case INT -> a.l(f);
                    case STRING -> a.s(f);
                    default -> a.b(f);
                }
                return true;
            }
        };
    }
}

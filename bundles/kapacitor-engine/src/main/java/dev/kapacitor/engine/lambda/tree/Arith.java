package dev.kapacitor.engine.lambda.tree;

import dev.kapacitor.engine.lambda.LambdaException;
import dev.kapacitor.engine.lambda.gocompat.GoFormat;
import dev.kapacitor.tickscript.ast.Operator;

import static dev.kapacitor.engine.lambda.tree.VType.DURATION;
import static dev.kapacitor.engine.lambda.tree.VType.FLOAT;
import static dev.kapacitor.engine.lambda.tree.VType.INT;
import static dev.kapacitor.engine.lambda.tree.VType.STRING;

/**
 * Arithmetic nodes for the operand types Kapacitor's table allows (the compiler has checked
 * them): float op float, int op int (division truncates, % is int only), string + string,
 * and durations (int nanoseconds) added, scaled by int or float, or divided.
 */
public final class Arith {
    private Arith() {
    }

    public static Node build(Operator op, VType lt, Node l, VType rt, Node r) {
        if (lt == FLOAT && rt == FLOAT) {
            return floats(op, l, r);
        }
        if (lt == STRING && rt == STRING) {
            return new Node() {
                @Override
                public String s(Frame f) {
                    return l.s(f).concat(r.s(f));
                }
            };
        }
        if (lt == FLOAT && rt == DURATION) {
            return new Node() {
                @Override
                public long l(Frame f) {
                    double x = l.d(f);
                    return GoFormat.floatToInt64(x * r.l(f));
                }
            };
        }
        if (lt == DURATION && rt == FLOAT) {
            return op == Operator.MULT ? scale(l, r) : divide(l, r);
        }
        if ((lt == INT || lt == DURATION) && (rt == INT || rt == DURATION)) {
            return longs(op, l, r);
        }
        throw new IllegalArgumentException(lt + " " + op.symbol() + " " + rt);
    }

    private static Node floats(Operator op, Node l, Node r) {
        switch (op) {
            case PLUS: return new Node() {
                @Override
                public double d(Frame f) {
                    return l.d(f) + r.d(f);
                }
            };
            case MINUS: return new Node() {
                @Override
                public double d(Frame f) {
                    return l.d(f) - r.d(f);
                }
            };
            case MULT: return new Node() {
                @Override
                public double d(Frame f) {
                    return l.d(f) * r.d(f);
                }
            };
            case DIV: return new Node() {
                @Override
                public double d(Frame f) {
                    return l.d(f) / r.d(f);
                }
            };
            default: throw new IllegalArgumentException("float " + op.symbol());
        }
    }

    /** int and duration arithmetic: all of it is on int64 nanoseconds or counts, wrapping like Go. */
    private static Node longs(Operator op, Node l, Node r) {
        switch (op) {
            case PLUS: return new Node() {
                @Override
                public long l(Frame f) {
                    return l.l(f) + r.l(f);
                }
            };
            case MINUS: return new Node() {
                @Override
                public long l(Frame f) {
                    return l.l(f) - r.l(f);
                }
            };
            case MULT: return new Node() {
                @Override
                public long l(Frame f) {
                    return l.l(f) * r.l(f);
                }
            };
            case DIV: return new Node() {
                @Override
                public long l(Frame f) {
                    long a = l.l(f);
                    long b = r.l(f);
                    if (b == 0) {
                        throw new LambdaException("integer divide by zero");
                    }
                    return a / b;
                }
            };
            case MOD: return new Node() {
                @Override
                public long l(Frame f) {
                    long a = l.l(f);
                    long b = r.l(f);
                    if (b == 0) {
                        throw new LambdaException("integer divide by zero");
                    }
                    return a % b;
                }
            };
            default: throw new IllegalArgumentException("int " + op.symbol());
        }
    }

    /** time.Duration(float64(d) * x). */
    private static Node scale(Node duration, Node factor) {
        return new Node() {
            @Override
            public long l(Frame f) {
                return GoFormat.floatToInt64((double) duration.l(f) * factor.d(f));
            }
        };
    }

    /** time.Duration(float64(d) / x). */
    private static Node divide(Node duration, Node divisor) {
        return new Node() {
            @Override
            public long l(Frame f) {
                return GoFormat.floatToInt64((double) duration.l(f) / divisor.d(f));
            }
        };
    }
}

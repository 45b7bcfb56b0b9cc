package dev.kapacitor.engine.lambda.tree;

import dev.kapacitor.engine.lambda.gocompat.GoStrings;
import dev.kapacitor.engine.lambda.gocompat.Rx;
import dev.kapacitor.tickscript.ast.Operator;

import java.util.regex.Matcher;

/**
 * Comparison and regex-match nodes. Int with float compares as float64, as Kapacitor does;
 * strings compare in Go's byte order. A regex literal that is a plain anchored literal is
 * tested with String methods; other regexes reuse one Matcher per lambda instance.
 */
public final class Compare {
    private Compare() {
    }

    public static Node build(Operator op, VType lt, Node l, VType rt, Node r, int matcherSlot) {
        if (rt == VType.REGEX) {
            return regex(op == Operator.REGEX_NOT_MATCH, l, r, matcherSlot);
        }
        if (lt == VType.STRING) {
            return strings(op, l, r);
        }
        if (lt == VType.BOOL) {
            return op == Operator.EQ ? new Node() {
                @Override
                public boolean b(Frame f) {
                    return l.b(f) == r.b(f);
                }
            } : new Node() {
                @Override
                public boolean b(Frame f) {
                    return l.b(f) != r.b(f);
                }
            };
        }
        boolean exact = (lt == VType.INT || lt == VType.DURATION) && (rt == VType.INT || rt == VType.DURATION);
        return exact ? longs(op, l, r) : doubles(op, l, r);
    }

    private static Node doubles(Operator op, Node l, Node r) {
        if (r instanceof Leaves.NumberConst c) {
            return doublesWithConstant(op, l, c.asDouble);
        }
        switch (op) {
            case LT: return new Node() {
                @Override
                public boolean b(Frame f) {
                    return l.d(f) < r.d(f);
                }
            };
            case LE: return new Node() {
                @Override
                public boolean b(Frame f) {
                    return l.d(f) <= r.d(f);
                }
            };
            case GT: return new Node() {
                @Override
                public boolean b(Frame f) {
                    return l.d(f) > r.d(f);
                }
            };
            case GE: return new Node() {
                @Override
                public boolean b(Frame f) {
                    return l.d(f) >= r.d(f);
                }
            };
            case EQ: return new Node() {
                @Override
                public boolean b(Frame f) {
                    return l.d(f) == r.d(f);
                }
            };
            case NE: return new Node() {
                @Override
                public boolean b(Frame f) {
                    return l.d(f) != r.d(f);
                }
            };
            default: throw new IllegalArgumentException(op.symbol());
        }
    }

    /** {@code x op constant}, the usual form of a threshold. */
    private static Node doublesWithConstant(Operator op, Node l, double c) {
        switch (op) {
            case LT: return new Node() {
                @Override
                public boolean b(Frame f) {
                    return l.d(f) < c;
                }
            };
            case LE: return new Node() {
                @Override
                public boolean b(Frame f) {
                    return l.d(f) <= c;
                }
            };
            case GT: return new Node() {
                @Override
                public boolean b(Frame f) {
                    return l.d(f) > c;
                }
            };
            case GE: return new Node() {
                @Override
                public boolean b(Frame f) {
                    return l.d(f) >= c;
                }
            };
            case EQ: return new Node() {
                @Override
                public boolean b(Frame f) {
                    return l.d(f) == c;
                }
            };
            case NE: return new Node() {
                @Override
                public boolean b(Frame f) {
                    return l.d(f) != c;
                }
            };
            default: throw new IllegalArgumentException(op.symbol());
        }
    }

    private static Node longs(Operator op, Node l, Node r) {
        switch (op) {
            case LT: return new Node() {
                @Override
                public boolean b(Frame f) {
                    return l.l(f) < r.l(f);
                }
            };
            case LE: return new Node() {
                @Override
                public boolean b(Frame f) {
                    return l.l(f) <= r.l(f);
                }
            };
            case GT: return new Node() {
                @Override
                public boolean b(Frame f) {
                    return l.l(f) > r.l(f);
                }
            };
            case GE: return new Node() {
                @Override
                public boolean b(Frame f) {
                    return l.l(f) >= r.l(f);
                }
            };
            case EQ: return new Node() {
                @Override
                public boolean b(Frame f) {
                    return l.l(f) == r.l(f);
                }
            };
            case NE: return new Node() {
                @Override
                public boolean b(Frame f) {
                    return l.l(f) != r.l(f);
                }
            };
            default: throw new IllegalArgumentException(op.symbol());
        }
    }

    private static Node strings(Operator op, Node l, Node r) {
        if (op == Operator.EQ || op == Operator.NE) {
            boolean want = op == Operator.EQ;
            return new Node() {
                @Override
                public boolean b(Frame f) {
                    return l.s(f).equals(r.s(f)) == want;
                }
            };
        }
        return new Node() {
            @Override
            public boolean b(Frame f) {
                int c = GoStrings.compare(l.s(f), r.s(f));
                switch (op) {
                    case LT: return c < 0;
                    case LE: return c <= 0;
                    case GT: return c > 0;
                    default: return c >= 0;
                }
            }
        };
    }

    private static Node regex(boolean negate, Node l, Node r, int matcherSlot) {
        if (!(r instanceof Leaves.RegexConst c)) {
            return new Node() {
                @Override
                public boolean b(Frame f) {
                    String s = l.s(f);
                    return r.r(f).find(s) != negate;
                }
            };
        }
        Rx rx = c.rx;
        String lit = rx.literal();
        switch (rx.kind()) {
            case PREFIX: return new Node() {
                @Override
                public boolean b(Frame f) {
                    return l.s(f).startsWith(lit) != negate;
                }
            };
            case SUFFIX: return new Node() {
                @Override
                public boolean b(Frame f) {
                    return l.s(f).endsWith(lit) != negate;
                }
            };
            case CONTAINS: return new Node() {
                @Override
                public boolean b(Frame f) {
                    return l.s(f).contains(lit) != negate;
                }
            };
            case EQUALS: return new Node() {
                @Override
                public boolean b(Frame f) {
                    return l.s(f).equals(lit) != negate;
                }
            };
            default: return new Node() {
                @Override
                public boolean b(Frame f) {
                    Matcher m = (Matcher) f.state[matcherSlot];
                    return m.reset(l.s(f)).find() != negate;
                }
            };
        }
    }
}

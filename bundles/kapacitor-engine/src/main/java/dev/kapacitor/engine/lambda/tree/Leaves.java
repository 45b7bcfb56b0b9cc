package dev.kapacitor.engine.lambda.tree;

import dev.kapacitor.engine.lambda.LambdaException;
import dev.kapacitor.engine.lambda.gocompat.Rx;

/** Literals, references to the point's values, and the nodes that can only fail. */
public final class Leaves {
    private Leaves() {
    }

    public static Node floatConst(double v) {
        return new NumberConst(v, 0);
    }

    /** An int, duration or time literal. */
    public static Node intConst(long v) {
        return new NumberConst(v, v);
    }

    /** A numeric literal; comparisons against one skip a call per evaluation. */
    public static final class NumberConst extends Node {
        public final double asDouble;
        public final long asLong;

        NumberConst(double asDouble, long asLong) {
            this.asDouble = asDouble;
            this.asLong = asLong;
        }

        @Override
        public double d(Frame f) {
            return asDouble;
        }

        @Override
        public long l(Frame f) {
            return asLong;
        }
    }

    public static Node stringConst(String v) {
        return new Node() {
            @Override
            public String s(Frame f) {
                return v;
            }
        };
    }

    public static Node boolConst(boolean v) {
        return new Node() {
            @Override
            public boolean b(Frame f) {
                return v;
            }
        };
    }

    public static Node regexConst(Rx v) {
        return new RegexConst(v);
    }

    /** A regex literal; the match nodes look inside to pick a String-method test. */
    public static final class RegexConst extends Node {
        public final Rx rx;

        RegexConst(Rx rx) {
            this.rx = rx;
        }

        @Override
        public Rx r(Frame f) {
            return rx;
        }
    }

    /** A reference of the given type, read from the frame slot the instance filled for it. */
    public static Node reference(VType type, int slot) {
        switch (type) {
            case FLOAT: return new Node() {
                @Override
                public double d(Frame f) {
                    return Double.longBitsToDouble(f.bits[slot]);
                }
            };
            case INT: return new Node() {
                @Override
                public long l(Frame f) {
                    return f.bits[slot];
                }

                @Override
                public double d(Frame f) {
                    return f.bits[slot];
                }
            };
            case BOOL: return new Node() {
                @Override
                public boolean b(Frame f) {
                    return f.bits[slot] != 0;
                }
            };
            case STRING: return new Node() {
                @Override
                public String s(Frame f) {
                    return f.strings[slot];
                }
            };
            default: throw new IllegalArgumentException("a reference cannot be " + type);
        }
    }

    /** "time": the point's timestamp. */
    public static Node pointTime() {
        return new Node() {
            @Override
            public long l(Frame f) {
                return f.point.time();
            }
        };
    }

    /** A node that fails whenever it is evaluated, whatever it is asked for. */
    public static Node error(String message) {
        return new Node() {
            @Override
            public double d(Frame f) {
                throw new LambdaException(message);
            }

            @Override
            public long l(Frame f) {
                throw new LambdaException(message);
            }

            @Override
            public boolean b(Frame f) {
                throw new LambdaException(message);
            }

            @Override
            public String s(Frame f) {
                throw new LambdaException(message);
            }

            @Override
            public Rx r(Frame f) {
                throw new LambdaException(message);
            }
        };
    }
}

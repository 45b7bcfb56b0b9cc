package dev.kapacitor.engine.lambda.tree;

/** AND and OR (short-circuit, as Kapacitor), ! and unary minus. */
public final class Logic {
    private Logic() {
    }

    public static Node and(Node l, Node r) {
        return new Node() {
            @Override
            public boolean b(Frame f) {
                return l.b(f) && r.b(f);
            }
        };
    }

    public static Node or(Node l, Node r) {
        return new Node() {
            @Override
            public boolean b(Frame f) {
                return l.b(f) || r.b(f);
            }
        };
    }

    public static Node not(Node n) {
        return new Node() {
            @Override
            public boolean b(Frame f) {
                return !n.b(f);
            }
        };
    }

    /** Unary minus. On a boolean Kapacitor negates it too, so -"flag" is !"flag". */
    public static Node negate(VType type, Node n) {
        switch (type) {
            case FLOAT: return new Node() {
                @Override
                public double d(Frame f) {
                    return -n.d(f);
                }
            };
            case INT, DURATION: return new Node() {
                @Override
                public long l(Frame f) {
                    return -n.l(f);
                }
            };
            case BOOL: return not(n);
            default: throw new IllegalArgumentException("-" + type);
        }
    }
}

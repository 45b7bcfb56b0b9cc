package dev.kapacitor.engine.lambda;

import dev.kapacitor.engine.lambda.functions.Builtin;
import dev.kapacitor.engine.lambda.tree.Arith;
import dev.kapacitor.engine.lambda.tree.Compare;
import dev.kapacitor.engine.lambda.tree.Leaves;
import dev.kapacitor.engine.lambda.tree.Logic;
import dev.kapacitor.engine.lambda.tree.Node;
import dev.kapacitor.engine.lambda.tree.VType;
import dev.kapacitor.tickscript.ast.Operator;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the evaluation tree of a lambda for one combination of reference types (what the
 * points of a series carry), so every node is typed and no value is boxed. Errors become
 * nodes that throw when reached, following Kapacitor's two kinds: a type error of
 * arithmetic, a function call or unary minus surfaces before anything around it is evaluated
 * (it propagates up to the nearest comparison or logical operator, or the root), while a
 * comparison or logical operator with unusable operands fails only when it is evaluated, so
 * AND and OR can short-circuit past it.
 */
final class Specializer {
    /** A built expression: its type and node, or the type error that replaces it. */
    record Built(VType type, Node node, String typeError) {
        static Built error(String message) {
            return new Built(null, null, message);
        }
    }

    private final VType[] refTypes;
    private final List<String> refNames;

    Specializer(VType[] refTypes, List<String> refNames) {
        this.refTypes = refTypes;
        this.refNames = refNames;
    }

    Built build(Ir ir) {
        if (ir instanceof Ir.Const c) {
            return new Built(c.type(), constant(c), null);
        } else if (ir instanceof Ir.Ref r) {
            VType t = refTypes[r.slot()];
            Node n = t == VType.MISSING ? Leaves.error(missing(r.name())) : Leaves.reference(t, r.slot());
            return new Built(t, n, null);
        } else if (ir instanceof Ir.Time) {
            return new Built(VType.TIME, Leaves.pointTime(), null);
        } else if (ir instanceof Ir.Binary b) {
            return OpTable.isMath(b.op()) ? arithmetic(b) : comparison(b);
        } else if (ir instanceof Ir.Unary u) {
            return u.op() == Operator.NOT ? not(u) : negate(u);
        }
        return call((Ir.Call) ir);
    }

    static String missing(String name) {
        return "reference \"" + name + "\" is missing value";
    }

    private static Node constant(Ir.Const c) {
        switch (c.type()) {
            case FLOAT: return Leaves.floatConst(Double.longBitsToDouble(c.bits()));
            case BOOL: return Leaves.boolConst(c.bits() != 0);
            case STRING: return Leaves.stringConst(c.string());
            case REGEX: return Leaves.regexConst(c.regex());
            default: return Leaves.intConst(c.bits());
        }
    }

    private Built arithmetic(Ir.Binary b) {
        Built l = build(b.left());
        if (l.typeError() != null) {
            return l;
        }
        Built r = build(b.right());
        if (r.typeError() != null) {
            return r;
        }
        VType t = OpTable.result(b.op(), l.type(), r.type());
        if (t == null) {
            return Built.error(OpTable.error(b.op(), l.type(), r.type(), b.left(), b.right(), false));
        }
        return new Built(t, Arith.build(b.op(), l.type(), l.node(), r.type(), r.node()), null);
    }

    private Built comparison(Ir.Binary b) {
        Built l = build(b.left());
        Built r = build(b.right());
        String err = l.typeError() != null ? l.typeError() : r.typeError();
        if (err == null && OpTable.result(b.op(), l.type(), r.type()) == null) {
            err = OpTable.error(b.op(), l.type(), r.type(), b.left(), b.right(), true);
        }
        if (err != null) {
            return new Built(VType.BOOL, Leaves.error(err), null);
        }
        Node n;
        if (b.op() == Operator.AND) {
            n = Logic.and(l.node(), r.node());
        } else if (b.op() == Operator.OR) {
            n = Logic.or(l.node(), r.node());
        } else {
            n = Compare.build(b.op(), l.type(), l.node(), r.type(), r.node(), b.matcherSlot());
        }
        return new Built(VType.BOOL, n, null);
    }

    private Built not(Ir.Unary u) {
        Built o = build(u.operand());
        String err = o.typeError();
        if (err == null && o.type() == VType.MISSING) {
            err = missing(Ir.referenceName(u.operand()));
        } else if (err == null && o.type() != VType.BOOL) {
            err = "TypeGuard: expression returned unexpected type " + o.type() + ", expected boolean";
        }
        return new Built(VType.BOOL, err != null ? Leaves.error(err) : Logic.not(o.node()), null);
    }

    private Built negate(Ir.Unary u) {
        Built o = build(u.operand());
        if (o.typeError() != null || o.type() == VType.MISSING) {
            return o;
        }
        switch (o.type()) {
            case FLOAT, INT, DURATION, BOOL:
                return new Built(o.type(), Logic.negate(o.type(), o.node()), null);
            default:
                return Built.error("invalid unary operator - for type " + o.type());
        }
    }

    private Built call(Ir.Call c) {
        int n = c.args().size();
        Node[] nodes = new Node[n];
        VType[] types = new VType[n];
        for (int i = 0; i < n; i++) {
            Built a = build(c.args().get(i));
            if (a.typeError() != null) {
                return Built.error("Failed to handle " + (i + 1) + " argument: " + a.typeError());
            }
            nodes[i] = a.node();
            types[i] = a.type();
        }
        Builtin fn = c.fn();
        VType result = fn.resultType(types);
        if (result == null) {
            return Built.error(callError(c, types));
        }
        return new Built(result, fn.build(nodes, types, c.stateSlot()), null);
    }

    /** Kapacitor's ErrMissingType when an argument is absent, else its signature error. */
    private String callError(Ir.Call c, VType[] types) {
        List<String> missingArgs = new ArrayList<>();
        for (int i = 0; i < types.length; i++) {
            if (types[i] == VType.MISSING) {
                missingArgs.add(Ir.text(c.args().get(i)));
            }
        }
        if (missingArgs.isEmpty()) {
            return StaticCheck.signatureError(c, types);
        }
        List<String> scope = new ArrayList<>();
        for (String name : refNames) {
            String quoted = "\"" + name + "\"";
            if (!missingArgs.contains(quoted)) {
                scope.add(quoted);
            }
        }
        return "Cannot call function \"" + c.fn().name() + "\" argument" + (missingArgs.size() > 1 ? "s " : " ")
                + String.join(", ", missingArgs) + (missingArgs.size() > 1 ? " are" : " is")
                + " missing, values in scope are [" + String.join(", ", scope) + "]";
    }
}

package dev.kapacitor.engine.lambda;

import dev.kapacitor.engine.lambda.functions.Builtin;
import dev.kapacitor.engine.lambda.gocompat.Rx;
import dev.kapacitor.engine.lambda.tree.VType;
import dev.kapacitor.tickscript.ast.Operator;
import dev.kapacitor.tickscript.ast.Position;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A lambda after name resolution: variables inlined, references numbered, functions looked
 * up, regexes compiled, state slots assigned. Typing and tree building start from here.
 */
sealed interface Ir permits Ir.Const, Ir.Ref, Ir.Time, Ir.Binary, Ir.Unary, Ir.Call {
    Position pos();

    /** A literal; numbers and booleans as raw bits (a float's IEEE bits). */
    record Const(Position pos, VType type, long bits, String string, Rx regex, String text) implements Ir {
    }

    /** A field or tag of the point, by slot in the instance's frame. */
    record Ref(Position pos, int slot, String name) implements Ir {
    }

    /** {@code "time"}: the point's timestamp. */
    record Time(Position pos) implements Ir {
    }

    /** matcherSlot is the state slot of a reusable Matcher for a general regex match, else -1. */
    record Binary(Position pos, Operator op, Ir left, Ir right, int matcherSlot) implements Ir {
    }

    record Unary(Position pos, Operator op, Ir operand) implements Ir {
    }

    /** stateSlot is the state slot of a stateful function, else -1. */
    record Call(Position pos, Builtin fn, List<Ir> args, int stateSlot) implements Ir {
    }

    /** The expression as Kapacitor prints it in messages. */
    static String text(Ir ir) {
        if (ir instanceof Const c) {
            return c.text();
        } else if (ir instanceof Ref r) {
            return "\"" + r.name() + "\"";
        } else if (ir instanceof Time) {
            return "\"time\"";
        } else if (ir instanceof Binary b) {
            return text(b.left()) + " " + b.op().symbol() + " " + text(b.right());
        } else if (ir instanceof Unary u) {
            return u.op().symbol() + text(u.operand());
        }
        Call c = (Call) ir;
        return c.fn().name() + c.args().stream().map(Ir::text).collect(Collectors.joining(", ", "(", ")"));
    }

    /** The reference an absent value comes from ("x" in -"x"). */
    static String referenceName(Ir ir) {
        if (ir instanceof Ref r) {
            return r.name();
        }
        return ir instanceof Unary u ? referenceName(u.operand()) : text(ir);
    }
}

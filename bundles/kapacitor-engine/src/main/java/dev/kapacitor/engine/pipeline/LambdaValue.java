package dev.kapacitor.engine.pipeline;

import dev.kapacitor.engine.lambda.LambdaCompiler;
import dev.kapacitor.engine.lambda.LambdaFactory;
import dev.kapacitor.tickscript.ast.Binary;
import dev.kapacitor.tickscript.ast.Expr;
import dev.kapacitor.tickscript.ast.Lambda;
import dev.kapacitor.tickscript.ast.Operator;
import dev.kapacitor.tickscript.ast.Call;
import dev.kapacitor.tickscript.ast.ListLit;
import dev.kapacitor.tickscript.ast.Reference;
import dev.kapacitor.tickscript.ast.Unary;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A lambda argument: its syntax tree, the script variables it may refer to, and the compiled
 * form. It is compiled when the script is evaluated, so a bad lambda fails the define (400).
 */
public record LambdaValue(Lambda lambda, Map<String, Expr> vars, LambdaFactory factory) {
    /** @throws dev.kapacitor.engine.lambda.LambdaCompileException with the position of the fault */
    public static LambdaValue compile(Lambda lambda, Map<String, Expr> vars) {
        Map<String, Expr> copy = Map.copyOf(vars);
        return new LambdaValue(lambda, copy, LambdaCompiler.compile(lambda, copy));
    }

    /** {@code this AND other}, as Kapacitor combines repeated from().where() calls. */
    public LambdaValue and(LambdaValue other) {
        Expr both = new Binary(other.lambda.position(), Operator.AND, lambda.body(), other.lambda.body());
        Map<String, Expr> merged = new HashMap<>(vars);
        merged.putAll(other.vars);
        return compile(new Lambda(lambda.position(), both), merged);
    }

    /** The field and tag names the lambda reads ({@code "name"} references). */
    public Set<String> references() {
        Set<String> names = new LinkedHashSet<>();
        collect(lambda.body(), names);
        return names;
    }

    private static void collect(Expr e, Set<String> names) {
        if (e instanceof Reference r) {
            names.add(r.name());
        } else if (e instanceof Binary b) {
            collect(b.left(), names);
            collect(b.right(), names);
        } else if (e instanceof Unary u) {
            collect(u.operand(), names);
        } else if (e instanceof Call c) {
            c.args().forEach(a -> collect(a, names));
        } else if (e instanceof ListLit l) {
            l.items().forEach(a -> collect(a, names));
        } else if (e instanceof Lambda l) {
            collect(l.body(), names);
        }
    }

    @Override
    public String toString() {
        return "lambda@" + lambda.position();
    }
}

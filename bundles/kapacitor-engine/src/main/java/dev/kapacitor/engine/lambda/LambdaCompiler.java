package dev.kapacitor.engine.lambda;

import dev.kapacitor.api.model.Fields;
import dev.kapacitor.api.model.Point;
import dev.kapacitor.api.model.Tags;
import dev.kapacitor.engine.lambda.gocompat.GoFormat;
import dev.kapacitor.engine.lambda.tree.VType;
import dev.kapacitor.tickscript.ast.BoolLit;
import dev.kapacitor.tickscript.ast.DurationLit;
import dev.kapacitor.tickscript.ast.Expr;
import dev.kapacitor.tickscript.ast.FloatLit;
import dev.kapacitor.tickscript.ast.IntLit;
import dev.kapacitor.tickscript.ast.Lambda;
import dev.kapacitor.tickscript.ast.RegexLit;
import dev.kapacitor.tickscript.ast.StringLit;

import java.util.Map;

/**
 * Compiles TICKscript lambdas once per task into trees of typed closures (see
 * {@link CompiledLambda}). Semantics are Kapacitor 1.5's: references read a field or a tag of
 * the point ({@code "time"} is its timestamp), identifiers are the script's variables, the
 * operator table allows no int/float arithmetic mix, and the built-in functions are those of
 * tick/stateful/functions.go.
 */
public final class LambdaCompiler {
    private LambdaCompiler() {
    }

    /**
     * @param vars the script's variables, name to value expression (literals, lambdas, or
     *             expressions of them); null for none
     * @throws LambdaCompileException when the lambda cannot work for any point: unknown
     *             function or variable, arguments no signature accepts (int(5m), duration('5m')
     *             without a unit), operands the operator table refuses (1 + 1.5)
     */
    public static LambdaFactory compile(Lambda lambda, Map<String, Expr> vars) {
        return compile(lambda.body(), vars);
    }

    /** Compiles an expression as if it were the body of a lambda. */
    public static LambdaFactory compile(Expr expr, Map<String, Expr> vars) {
        Resolver resolver = new Resolver(vars);
        Ir root = resolver.resolve(expr instanceof Lambda l ? l.body() : expr);
        VType type = VType.single(StaticCheck.mask(root));
        return new LambdaProgram(root, resolver.referenceNames(), resolver.stateFactories(),
                type == null ? null : type.fieldType());
    }

    /**
     * Folds an expression without references, such as {@code 5m * 2} or {@code 'a' + x}, to a
     * literal (IntLit, FloatLit, StringLit, BoolLit, DurationLit or RegexLit), as Kapacitor
     * evaluates binary expressions outside lambdas.
     */
    public static Expr evaluate(Expr expr, Map<String, Expr> vars) {
        Resolver resolver = new Resolver(vars);
        Ir root = resolver.resolve(expr);
        if (!resolver.referenceNames().isEmpty() || LambdaProgram.mentionsTime(root)) {
            throw new LambdaCompileException(expr.position(), "a field or tag reference needs a lambda");
        }
        if (root instanceof Ir.Const c && c.type() == VType.REGEX) {
            return new RegexLit(expr.position(), c.regex().source());
        }
        StaticCheck.mask(root);
        LambdaProgram program = new LambdaProgram(root, resolver.referenceNames(), resolver.stateFactories(), null);
        Object v;
        VType type = program.specialize(new byte[0]).type();
        try {
            v = program.newInstance().eval(new Point(null, null, null, Tags.EMPTY, Fields.EMPTY, 0));
        } catch (LambdaException e) {
            throw new LambdaCompileException(expr.position(), e.getMessage());
        }
        return literal(expr, type, v);
    }

    private static Expr literal(Expr expr, VType type, Object v) {
        var pos = expr.position();
        switch (type) {
            case FLOAT: return new FloatLit(pos, (Double) v, GoFormat.formatFloat((Double) v));
            case INT: return new IntLit(pos, (Long) v, v.toString());
            case DURATION: return new DurationLit(pos, (Long) v, GoFormat.formatDuration((Long) v));
            case BOOL: return new BoolLit(pos, (Boolean) v);
            default: return new StringLit(pos, (String) v, false);
        }
    }
}

package dev.kapacitor.tickscript;

import dev.kapacitor.tickscript.ast.Binary;
import dev.kapacitor.tickscript.ast.BoolLit;
import dev.kapacitor.tickscript.ast.Call;
import dev.kapacitor.tickscript.ast.Chain;
import dev.kapacitor.tickscript.ast.DbrpStatement;
import dev.kapacitor.tickscript.ast.Declaration;
import dev.kapacitor.tickscript.ast.DurationLit;
import dev.kapacitor.tickscript.ast.Expr;
import dev.kapacitor.tickscript.ast.ExpressionStatement;
import dev.kapacitor.tickscript.ast.FloatLit;
import dev.kapacitor.tickscript.ast.Identifier;
import dev.kapacitor.tickscript.ast.IntLit;
import dev.kapacitor.tickscript.ast.Lambda;
import dev.kapacitor.tickscript.ast.ListLit;
import dev.kapacitor.tickscript.ast.Program;
import dev.kapacitor.tickscript.ast.Reference;
import dev.kapacitor.tickscript.ast.RegexLit;
import dev.kapacitor.tickscript.ast.Star;
import dev.kapacitor.tickscript.ast.Statement;
import dev.kapacitor.tickscript.ast.StringLit;
import dev.kapacitor.tickscript.ast.TypeDeclaration;
import dev.kapacitor.tickscript.ast.Unary;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A compact, position-free rendering of the AST for assertions:
 * {@code (AND (> "a" 1) (< "b" 2))}, {@code stream|from().measurement('cpu')}, ints as
 * {@code 1i}, floats as {@code 1.5f}, durations as nanoseconds {@code 10000000000ns}.
 */
final class Sexpr {
    private Sexpr() {
    }

    static String of(Program program) {
        return program.statements().stream().map(Sexpr::of).collect(Collectors.joining("; "));
    }

    static String of(Statement statement) {
        if (statement instanceof Declaration d) {
            return "var " + d.name() + " = " + of(d.value());
        }
        if (statement instanceof TypeDeclaration t) {
            return "var " + t.name() + " " + t.type();
        }
        if (statement instanceof DbrpStatement d) {
            return "dbrp " + d.db() + "." + d.rp();
        }
        return of(((ExpressionStatement) statement).expr());
    }

    static String of(Expr expr) {
        if (expr instanceof Binary b) {
            return "(" + b.op().symbol() + " " + of(b.left()) + " " + of(b.right()) + ")";
        }
        if (expr instanceof Unary u) {
            return "(" + u.op().symbol() + of(u.operand()) + ")";
        }
        if (expr instanceof Chain c) {
            return of(c.receiver()) + c.call().kind().operator() + call(c.call());
        }
        if (expr instanceof Call c) {
            return call(c);
        }
        if (expr instanceof Lambda l) {
            return "lambda: " + of(l.body());
        }
        if (expr instanceof ListLit l) {
            return "[" + list(l.items()) + "]";
        }
        return literal(expr);
    }

    private static String call(Call call) {
        return call.name() + (call.args() == null ? "" : "(" + list(call.args()) + ")");
    }

    private static String list(List<Expr> items) {
        return items.stream().map(Sexpr::of).collect(Collectors.joining(", "));
    }

    private static String literal(Expr expr) {
        if (expr instanceof Identifier i) {
            return i.name();
        }
        if (expr instanceof Reference r) {
            return "\"" + r.name() + "\"";
        }
        if (expr instanceof StringLit s) {
            return s.tripleQuoted() ? "'''" + s.value() + "'''" : "'" + s.value() + "'";
        }
        if (expr instanceof RegexLit r) {
            return "/" + r.pattern() + "/";
        }
        if (expr instanceof IntLit i) {
            return i.value() + "i";
        }
        if (expr instanceof FloatLit f) {
            return f.value() + "f";
        }
        if (expr instanceof DurationLit d) {
            return d.nanos() + "ns";
        }
        if (expr instanceof BoolLit b) {
            return b.value() ? "TRUE" : "FALSE";
        }
        if (expr instanceof Star) {
            return "*";
        }
        throw new IllegalArgumentException(String.valueOf(expr));
    }
}

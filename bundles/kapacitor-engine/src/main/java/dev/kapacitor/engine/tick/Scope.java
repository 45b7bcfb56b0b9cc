package dev.kapacitor.engine.tick;

import dev.kapacitor.api.gofmt.GoDuration;
import dev.kapacitor.engine.pipeline.DurationValue;
import dev.kapacitor.engine.pipeline.LambdaValue;
import dev.kapacitor.engine.pipeline.RegexValue;
import dev.kapacitor.engine.pipeline.SpecException;
import dev.kapacitor.tickscript.ast.BoolLit;
import dev.kapacitor.tickscript.ast.DurationLit;
import dev.kapacitor.tickscript.ast.Expr;
import dev.kapacitor.tickscript.ast.FloatLit;
import dev.kapacitor.tickscript.ast.IntLit;
import dev.kapacitor.tickscript.ast.Position;
import dev.kapacitor.tickscript.ast.RegexLit;
import dev.kapacitor.tickscript.ast.StringLit;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/** The script's variables. They are immutable: a name is defined once. */
final class Scope {
    private final Map<String, Object> values = new HashMap<>();
    /** The variables a lambda can use, as literals, built as variables are defined. */
    private final Map<String, Expr> literals = new HashMap<>();

    Object get(String name, Position p) {
        Object v = values.get(name);
        if (v == null) {
            throw SpecException.at(p, "name \"" + name + "\" is undefined. Names in scope: "
                    + String.join(",", new TreeSet<>(values.keySet())));
        }
        return v;
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    void define(String name, Object value, Position p) {
        if (values.containsKey(name)) {
            throw new SpecException("attempted to redefine " + name + ", vars are immutable");
        }
        values.put(name, value);
        Expr lit = literal(value, p);
        if (lit != null) {
            literals.put(name, lit);
        }
    }

    /** A snapshot for the lambda compiler: identifiers in lambdas resolve when the lambda is defined. */
    Map<String, Expr> literals() {
        return Map.copyOf(literals);
    }

    private static Expr literal(Object v, Position p) {
        if (v instanceof Long l) {
            return new IntLit(p, l, Long.toString(l));
        } else if (v instanceof Double d) {
            return new FloatLit(p, d, Double.toString(d));
        } else if (v instanceof String s) {
            return new StringLit(p, s, false);
        } else if (v instanceof Boolean b) {
            return new BoolLit(p, b);
        } else if (v instanceof DurationValue d) {
            return new DurationLit(p, d.nanos(), GoDuration.influxql(d.nanos()));
        } else if (v instanceof RegexValue r) {
            return new RegexLit(p, r.pattern());
        } else if (v instanceof LambdaValue l) {
            return l.lambda().body();
        }
        return null;
    }
}

package dev.kapacitor.gotemplate.internal;

import dev.kapacitor.gotemplate.TemplateException;
import dev.kapacitor.gotemplate.internal.Runtime.Expr;
import dev.kapacitor.gotemplate.internal.Runtime.Site;

/**
 * A compiled expression with its static type, and for an argument the node it was written as
 * ({@code node} and {@code site} null for a value piped in from the previous command).
 */
record Typed(Expr expr, Type type, Ast.Arg node, Site site) {
    Typed(Expr expr, Type type) {
        this(expr, type, null, null);
    }

    Typed at(Ast.Arg argNode, Site argSite) {
        return new Typed(expr, type, argNode, argSite);
    }

    /**
     * This value as a string parameter (printf's format, Format's layout): a wrong constant or
     * static type is a parse error, a value behind an interface{} is checked when executing.
     */
    Typed asString(Site fallback) throws TemplateException {
        if (type == Types.STRING) {
            return this;
        }
        Site where = site != null ? site : fallback;
        if (node instanceof Ast.Nil) {
            throw where.error("cannot assign nil to string");
        }
        if (node instanceof Ast.Number || node instanceof Ast.Bool) {
            throw where.error("expected string; found " + node);
        }
        if (type != Types.ANY) {
            throw where.error("wrong type for value; expected string; got " + type.goName());
        }
        Expr e = expr;
        Expr checked = f -> {
            Object v = e.eval(f);
            if (v instanceof String) {
                return v;
            }
            throw where.error(v == null ? "invalid value; expected string"
                    : "wrong type for value; expected string; got " + Values.typeName(v));
        };
        return new Typed(checked, Types.STRING, node, site);
    }
}

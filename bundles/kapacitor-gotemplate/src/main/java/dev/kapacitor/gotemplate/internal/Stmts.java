package dev.kapacitor.gotemplate.internal;

import dev.kapacitor.gotemplate.TemplateException;
import dev.kapacitor.gotemplate.internal.Runtime.Expr;
import dev.kapacitor.gotemplate.internal.Runtime.Frame;
import dev.kapacitor.gotemplate.internal.Runtime.Site;
import dev.kapacitor.gotemplate.internal.Runtime.Stmt;

import java.util.List;
import java.util.Map;

import static dev.kapacitor.gotemplate.internal.Runtime.execAll;

/** The statements of a compiled template: text, printed actions, if, with, range. */
final class Stmts {
    private Stmts() {
    }

    static Stmt text(String s) {
        return f -> f.out.append(s);
    }

    /** text/template prints {@code <no value>} for a missing value. */
    static Stmt print(Expr e) {
        return f -> {
            Object v = e.eval(f);
            if (v instanceof String s) {
                f.out.append(s);
            } else if (v == null) {
                f.out.append("<no value>");
            } else {
                GoFmt.print(f.out, v);
            }
        };
    }

    /** html/template in text context: escaped, and nothing at all for a missing value. */
    static Stmt printHtml(Expr e) {
        return f -> {
            Object v = e.eval(f);
            if (v instanceof String s) {
                Escapers.htmlTemplate(f.out, s);
            } else if (v != null) {
                StringBuilder sb = new StringBuilder();
                GoFmt.print(sb, v);
                Escapers.htmlTemplate(f.out, sb.toString());
            }
        };
    }

    /** An action that only declares or assigns variables. */
    static Stmt discard(Expr e) {
        return e::eval;
    }

    static Stmt ifElse(Expr cond, Stmt[] then, Stmt[] otherwise) {
        return f -> execAll(Values.isTrue(cond.eval(f)) ? then : otherwise, f);
    }

    static Stmt with(Expr value, Stmt[] then, Stmt[] otherwise) {
        return f -> {
            Object v = value.eval(f);
            if (!Values.isTrue(v)) {
                execAll(otherwise, f);
                return;
            }
            Object saved = f.dot;
            f.dot = v;
            try {
                execAll(then, f);
            } finally {
                f.dot = saved;
            }
        };
    }

    /**
     * Range over a map (in key order) or a slice; {@code keySlot}/{@code elemSlot} -1 when not
     * declared; {@code elemStruct} the elements' struct type (they are then carried with it, as a
     * field's struct value is), else null.
     */
    record Range(Expr collection, int keySlot, int elemSlot, StructType elemStruct, Stmt[] body, Stmt[] otherwise,
                 Site site) implements Stmt {
        @Override
        public void exec(Frame f) throws TemplateException {
            Object v = collection.eval(f);
            Object saved = f.dot;
            try {
                if (v instanceof Map<?, ?> m && !m.isEmpty()) {
                    for (String k : Values.sortedKeys(m)) {
                        iteration(f, k, m.get(k));
                    }
                } else if (v instanceof List<?> l && !l.isEmpty()) {
                    for (int i = 0; i < l.size(); i++) {
                        iteration(f, i, l.get(i));
                    }
                } else if (v == null || v instanceof Map || v instanceof List) {
                    execAll(otherwise, f);
                } else {
                    throw site.error("range can't iterate over " + GoFmt.sprint(new Object[]{v}));
                }
            } finally {
                f.dot = saved;
            }
        }

        private void iteration(Frame f, Object key, Object raw) throws TemplateException {
            Object elem = elemStruct != null && raw != null && !(raw instanceof StructValue)
                    ? new StructValue(elemStruct, raw) : raw;
            if (keySlot >= 0) {
                f.vars[keySlot] = key;
            }
            if (elemSlot >= 0) {
                f.vars[elemSlot] = elem;
            }
            f.dot = elem;
            execAll(body, f);
        }
    }

    static Stmt[] array(List<Stmt> list) {
        return list.toArray(new Stmt[0]);
    }
}

package dev.kapacitor.gotemplate.internal;

import dev.kapacitor.gotemplate.TemplateException;
import dev.kapacitor.gotemplate.internal.Runtime.Expr;
import dev.kapacitor.gotemplate.internal.Runtime.Frame;
import dev.kapacitor.gotemplate.internal.Runtime.GoError;
import dev.kapacitor.gotemplate.internal.Runtime.Site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Field chains ({@code .A.B}, {@code $x.A}, {@code (pipe).A}), resolved against the receiver's
 * static type when it is known, looked up by name at run time only behind an interface{}.
 */
final class Fields {
    private static final Object[] NO_ARGS = {};

    private Fields() {
    }

    @FunctionalInterface
    private interface Step {
        Object apply(Object v, Frame f) throws TemplateException;
    }

    /** {@code args} go to the last name, which must then be a method. */
    static Typed chain(Typed receiver, List<String> names, Site site, List<Typed> args) throws TemplateException {
        Type t = receiver.type();
        Step[] steps = new Step[names.size()];
        for (int i = 0; i < names.size(); i++) {
            boolean last = i == names.size() - 1;
            String name = names.get(i);
            List<Typed> a = last ? args : List.of();
            switch (t.kind) {
                case STRUCT, TIME, DURATION, NAMED_INT -> {
                    Member m = t.member(name);
                    if (m == null) {
                        throw site.error("can't evaluate field " + name + " in type " + t.goName());
                    }
                    checkArgs(m, a.size(), site);
                    steps[i] = member(m, exprs(stringParams(m, a, site)), site);
                    t = Types.resultType(t, m);
                }
                case MAP -> {
                    if (!a.isEmpty()) {
                        throw site.error(name + " is not a method but has arguments");
                    }
                    steps[i] = (v, f) -> v == null ? null : ((Map<?, ?>) v).get(name);
                    t = t.elem;
                }
                case ANY -> {
                    steps[i] = dynamic(name, exprs(a), site);
                    t = Types.ANY;
                }
                default -> throw site.error("can't evaluate field " + name + " in type " + t.goName());
            }
        }
        Expr recv = receiver.expr();
        Expr chain = f -> {
            Object v = recv.eval(f);
            for (Step s : steps) {
                v = s.apply(v, f);
            }
            return v;
        };
        return new Typed(chain, t);
    }

    private static List<Typed> stringParams(Member m, List<Typed> args, Site site) throws TemplateException {
        List<Typed> out = new ArrayList<>(args);
        for (int i = 0; i < out.size(); i++) {
            if (m.params.get(i) == Types.STRING) {
                out.set(i, out.get(i).asString(site));
            }
        }
        return out;
    }

    private static Expr[] exprs(List<Typed> args) {
        Expr[] e = new Expr[args.size()];
        for (int i = 0; i < e.length; i++) {
            e[i] = args.get(i).expr();
        }
        return e;
    }

    private static void checkArgs(Member m, int n, Site site) throws TemplateException {
        String detail = argsError(m, n);
        if (detail != null) {
            throw site.error(detail);
        }
    }

    private static String argsError(Member m, int n) {
        if (!m.isMethod()) {
            return n == 0 ? null : m.name + " has arguments but cannot be invoked as function";
        }
        return n == m.params.size() ? null
                : "wrong number of args for " + m.name + ": want " + m.params.size() + " got " + n;
    }

    private static Step member(Member m, Expr[] args, Site site) {
        return (v, f) -> {
            if (v == null) {
                return null;
            }
            try {
                return read(m, v instanceof StructValue s ? s.value() : v, evalArgs(m, args, f));
            } catch (GoError e) {
                throw site.error(e.getMessage());
            }
        };
    }

    private static Object read(Member m, Object raw, Object[] args) {
        Object r = m.get(raw, args);
        return r != null && m.type instanceof StructType st ? new StructValue(st, r) : r;
    }

    private static Object[] evalArgs(Member m, Expr[] args, Frame f) throws TemplateException {
        if (args.length == 0) {
            return NO_ARGS;
        }
        Object[] values = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            values[i] = args[i].eval(f);
            if (m.params.get(i) == Types.STRING && !(values[i] instanceof String)) {
                throw new GoError("wrong type for value; expected string; got " + Values.typeName(values[i]));
            }
        }
        return values;
    }

    /** A field of a value only known at run time (behind an interface{}). */
    private static Step dynamic(String name, Expr[] args, Site site) {
        return (v, f) -> {
            if (v == null) {
                return null;
            }
            if (v instanceof Map<?, ?> map) {
                if (args.length > 0) {
                    throw site.error(name + " is not a method but has arguments");
                }
                return map.get(name);
            }
            Type t = Values.typeOf(v);
            Member m = t == null || t.kind == Type.Kind.SLICE ? null : t.member(name);
            if (m == null) {
                throw site.error("can't evaluate field " + name + " in type " + Values.typeName(v));
            }
            String detail = argsError(m, args.length);
            if (detail != null) {
                throw site.error(detail);
            }
            try {
                return read(m, v instanceof StructValue s ? s.value() : v, evalArgs(m, args, f));
            } catch (GoError e) {
                throw site.error(e.getMessage());
            }
        };
    }
}

package dev.kapacitor.gotemplate.internal;

import dev.kapacitor.gotemplate.internal.Builtins.Func;
import dev.kapacitor.gotemplate.internal.Runtime.Expr;
import dev.kapacitor.gotemplate.internal.Runtime.GoError;
import dev.kapacitor.gotemplate.internal.Runtime.Site;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Calls of the predefined functions; and, or and index get their own code. */
final class Calls {
    private Calls() {
    }

    static Typed call(Func fn, List<Typed> args, Site site) {
        return switch (fn.name()) {
            case "and", "or" -> andOr(fn.name().equals("and"), args);
            case "index" -> index(args, site);
            default -> plain(fn, exprs(args), site);
        };
    }

    private static Expr[] exprs(List<Typed> args) {
        Expr[] e = new Expr[args.size()];
        for (int i = 0; i < e.length; i++) {
            e[i] = args.get(i).expr();
        }
        return e;
    }

    private static Typed plain(Func fn, Expr[] args, Site site) {
        Expr e = f -> {
            Object[] values = new Object[args.length];
            for (int i = 0; i < args.length; i++) {
                values[i] = args[i].eval(f);
            }
            try {
                return fn.body().call(values);
            } catch (GoError err) {
                throw site.error("error calling " + fn.name() + ": " + err.getMessage());
            }
        };
        return new Typed(e, fn.result());
    }

    /** Go 1.18's lazy and/or: the first falsy (and) or truthy (or) argument, else the last. */
    private static Typed andOr(boolean and, List<Typed> args) {
        Expr[] a = exprs(args);
        Type t = args.get(0).type();
        for (Typed arg : args) {
            if (arg.type() != t) {
                t = Types.ANY;
            }
        }
        Expr e = f -> {
            Object v = null;
            for (Expr x : a) {
                v = x.eval(f);
                if (Values.isTrue(v) != and) {
                    return v;
                }
            }
            return v;
        };
        return new Typed(e, t);
    }

    /** {@code index item k1 k2...}: a missing map key reads as the element type's zero value. */
    private static Typed index(List<Typed> args, Site site) {
        Expr item = args.get(0).expr();
        Expr[] keys = exprs(args.subList(1, args.size()));
        Object[] zeros = new Object[keys.length];
        Type t = args.get(0).type();
        for (int i = 0; i < keys.length; i++) {
            boolean container = t.kind == Type.Kind.MAP || t.kind == Type.Kind.SLICE;
            t = container ? t.elem : Types.ANY;
            zeros[i] = t.zero();
        }
        Expr e = f -> {
            Object v = item.eval(f);
            for (int i = 0; i < keys.length; i++) {
                try {
                    v = indexOne(v, keys[i].eval(f), zeros[i]);
                } catch (GoError err) {
                    throw site.error("error calling index: " + err.getMessage());
                }
            }
            return v;
        };
        return new Typed(e, t);
    }

    private static Object indexOne(Object v, Object key, Object zero) {
        if (v instanceof Map<?, ?> m) {
            if (!(key instanceof String)) {
                throw new GoError("value has type " + Values.typeName(key) + "; should be string");
            }
            Object r = m.get(key);
            return r == null ? zero : r;
        }
        if (v instanceof List<?> || v instanceof String) {
            Long i = key instanceof Integer || key instanceof Long ? ((Number) key).longValue() : null;
            if (i == null) {
                throw new GoError("cannot index slice/array with type " + Values.typeName(key));
            }
            // a string indexes its UTF-8 bytes
            int size = v instanceof List<?> l ? l.size() : ((String) v).getBytes(StandardCharsets.UTF_8).length;
            if (i < 0 || i >= size) {
                throw new GoError("index out of range: " + i);
            }
            return v instanceof List<?> l ? l.get(i.intValue())
                    : (int) ((String) v).getBytes(StandardCharsets.UTF_8)[i.intValue()] & 0xff;
        }
        if (v == null) {
            throw new GoError("index of untyped nil");
        }
        throw new GoError("can't index item of type " + Values.typeName(v));
    }
}

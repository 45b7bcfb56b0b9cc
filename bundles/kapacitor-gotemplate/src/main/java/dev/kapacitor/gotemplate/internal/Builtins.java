package dev.kapacitor.gotemplate.internal;

import dev.kapacitor.gotemplate.internal.Runtime.GoError;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** text/template's predefined functions (Go 1.10's set, with lazy and/or), and Kapacitor's json. */
final class Builtins {
    /** {@code max} -1: variadic. A null body is compiled specially (and, or, index). */
    record Func(String name, int min, int max, Type result, Body body) {
        String arityError(int got) {
            return max == min
                    ? "wrong number of args for " + name + ": want " + min + " got " + got
                    : "wrong number of args for " + name + ": want at least " + min + " got " + got;
        }

        boolean arityOk(int n) {
            return n >= min && (max < 0 || n <= max);
        }
    }

    @FunctionalInterface
    interface Body {
        Object call(Object[] args);
    }

    private static final Map<String, Func> TEXT = new HashMap<>();
    private static final Map<String, Func> HTML;
    /** text/template with Kapacitor's json function, as its httppost service parses inline templates. */
    private static final Map<String, Func> TEXT_JSON;

    static {
        add(new Func("and", 1, -1, null, null));
        add(new Func("or", 1, -1, null, null));
        add(new Func("index", 1, -1, null, null));
        add(new Func("not", 1, 1, Types.BOOL, a -> !Values.isTrue(a[0])));
        add(new Func("len", 1, 1, Types.INT, a -> len(a[0])));
        add(new Func("print", 0, -1, Types.STRING, GoFmt::sprint));
        add(new Func("println", 0, -1, Types.STRING, GoFmt::sprintln));
        add(new Func("printf", 1, -1, Types.STRING,
                a -> GoFmt.sprintf((String) a[0], Arrays.copyOfRange(a, 1, a.length))));
        add(new Func("html", 0, -1, Types.STRING, a -> Escapers.html(evalArgs(a))));
        add(new Func("js", 0, -1, Types.STRING, a -> Escapers.js(evalArgs(a))));
        add(new Func("urlquery", 0, -1, Types.STRING, a -> Escapers.urlQuery(evalArgs(a))));
        add(new Func("eq", 1, -1, Types.BOOL, Compare::eq));
        add(new Func("ne", 2, 2, Types.BOOL, a -> !Compare.eq(a)));
        add(new Func("lt", 2, 2, Types.BOOL, a -> Compare.lt(a[0], a[1])));
        add(new Func("le", 2, 2, Types.BOOL, a -> Compare.le(a[0], a[1])));
        add(new Func("gt", 2, 2, Types.BOOL, a -> !Compare.le(a[0], a[1])));
        add(new Func("ge", 2, 2, Types.BOOL, a -> !Compare.lt(a[0], a[1])));
        Func json = new Func("json", 1, 1, Types.STRING, a -> GoJson.encode(a[0]));
        HTML = new HashMap<>(TEXT);
        HTML.put("json", json);
        TEXT_JSON = new HashMap<>(TEXT);
        TEXT_JSON.put("json", json);
    }

    private Builtins() {
    }

    private static void add(Func f) {
        TEXT.put(f.name(), f);
    }

    static Map<String, Func> functions(boolean html, boolean json) {
        return html ? HTML : json ? TEXT_JSON : TEXT;
    }

    private static int len(Object v) {
        if (v instanceof String s) {
            return s.getBytes(StandardCharsets.UTF_8).length;
        } else if (v instanceof Map<?, ?> m) {
            return m.size();
        } else if (v instanceof List<?> l) {
            return l.size();
        } else if (v == null) {
            throw new GoError("len of nil pointer");
        }
        throw new GoError("len of type " + Values.typeName(v));
    }

    /** The text the escaping functions work on: a lone string as is, else fmt.Sprint. */
    private static String evalArgs(Object[] args) {
        if (args.length == 1 && args[0] instanceof String s) {
            return s;
        }
        Object[] printable = args.clone();
        for (int i = 0; i < printable.length; i++) {
            if (printable[i] == null) {
                printable[i] = "<no value>";
            }
        }
        return GoFmt.sprint(printable);
    }
}

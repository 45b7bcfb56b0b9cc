package dev.kapacitor.engine.pipeline;

import java.util.List;

/** The argument list a property or chaining method takes: fixed types, optionally a variadic tail. */
public final class Signature {
    public static final Signature NONE = new Signature(new ArgType[0], null);

    private final ArgType[] fixed;
    private final ArgType rest;

    private Signature(ArgType[] fixed, ArgType rest) {
        this.fixed = fixed;
        this.rest = rest;
    }

    public static Signature of(ArgType... fixed) {
        return fixed.length == 0 ? NONE : new Signature(fixed.clone(), null);
    }

    /** Any number of arguments of one type, after the fixed ones. */
    public static Signature variadic(ArgType rest, ArgType... fixed) {
        return new Signature(fixed.clone(), rest);
    }

    /** Null when the arguments fit, else why not. */
    public String check(List<Object> args) {
        int n = args.size();
        if (n < fixed.length || (rest == null && n > fixed.length)) {
            return "got " + n + " argument" + (n == 1 ? "" : "s") + ", expected " + arity();
        }
        for (int i = 0; i < n; i++) {
            ArgType t = i < fixed.length ? fixed[i] : rest;
            Object v = args.get(i);
            if (!t.accepts(v)) {
                return "argument " + (i + 1) + " must be " + article(t.name()) + ", got " + Values.typeName(v);
            }
        }
        return null;
    }

    private String arity() {
        if (rest != null) {
            return fixed.length == 0 ? "any number of " + rest.name() + "s" : "at least " + fixed.length;
        }
        return String.valueOf(fixed.length);
    }

    private static String article(String typeName) {
        return ("aeiou".indexOf(typeName.charAt(0)) >= 0 ? "an " : "a ") + typeName;
    }
}

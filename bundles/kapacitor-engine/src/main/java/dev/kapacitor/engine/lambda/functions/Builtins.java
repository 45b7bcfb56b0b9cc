package dev.kapacitor.engine.lambda.functions;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/** All functions a lambda can call: Kapacitor 1.5's 79 stateless ones and sigma, count, spread. */
public final class Builtins {
    private static final Map<String, Builtin> ALL;

    static {
        Map<String, Builtin> m = new TreeMap<>();
        ConversionFunctions.register(m);
        MathFunctions.register(m);
        StringFunctions.register(m);
        TimeFunctions.register(m);
        MiscFunctions.register(m);
        StatefulFunctions.register(m);
        ALL = Collections.unmodifiableMap(m);
    }

    private Builtins() {
    }

    /** The function of that name, or null. */
    public static Builtin lookup(String name) {
        return ALL.get(name);
    }

    public static Map<String, Builtin> all() {
        return ALL;
    }

    static void add(Map<String, Builtin> m, String name, List<Signature> signatures, Builtin.CallBuilder b) {
        m.put(name, new Builtin(name, signatures, b, null));
    }

    static void addStateful(Map<String, Builtin> m, String name, Signature signature, Supplier<Object> state,
                            Builtin.CallBuilder b) {
        m.put(name, new Builtin(name, List.of(signature), b, state));
    }
}

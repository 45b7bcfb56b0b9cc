package dev.kapacitor.engine.nodes;

import java.util.HashMap;

/**
 * Names with a fixed prefix ({@code errors.value}), each made once: joined and combined points
 * then carry the same name objects point after point, so lambdas downstream find their fields
 * by identity and nothing is concatenated per point. Bounded, for data with ever new names.
 */
final class PrefixedNames {
    private static final int MAX_CACHED = 4096;

    private final String prefix;
    private final HashMap<String, String> names = new HashMap<>();

    PrefixedNames(String prefix) {
        this.prefix = prefix;
    }

    String of(String name) {
        String n = names.get(name);
        if (n == null) {
            n = prefix.concat(name);
            if (names.size() < MAX_CACHED) {
                names.put(name, n);
            }
        }
        return n;
    }
}

package dev.kapacitor.engine.lambda.functions;

import dev.kapacitor.engine.lambda.tree.VType;

import java.util.List;
import java.util.stream.Collectors;

/** One accepted list of argument types and the result type, as in Kapacitor's function signatures. */
public record Signature(VType result, List<VType> args) {
    public static Signature of(VType result, VType... args) {
        return new Signature(result, List.of(args));
    }

    public boolean matches(VType[] types) {
        if (types.length != args.size()) {
            return false;
        }
        for (int i = 0; i < types.length; i++) {
            if (types[i] != args.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** Kapacitor's Domain text: {@code (int,float)}. */
    @Override
    public String toString() {
        return args.stream().map(VType::toString).collect(Collectors.joining(",", "(", ")"));
    }
}

package dev.kapacitor.engine.pipeline;

import java.util.List;
import java.util.function.Predicate;

/** The type a property or chaining method accepts for one argument. */
public final class ArgType {
    public static final ArgType STRING = new ArgType("string", v -> v instanceof String);
    public static final ArgType INT = new ArgType("int", v -> v instanceof Long);
    public static final ArgType FLOAT = new ArgType("float", v -> v instanceof Double);
    public static final ArgType BOOL = new ArgType("boolean", v -> v instanceof Boolean);
    public static final ArgType DURATION = new ArgType("duration", v -> v instanceof DurationValue);
    public static final ArgType REGEX = new ArgType("regex", v -> v instanceof RegexValue);
    public static final ArgType LAMBDA = new ArgType("lambda", v -> v instanceof LambdaValue);
    public static final ArgType STAR = new ArgType("star", v -> v instanceof StarValue);
    public static final ArgType LIST = new ArgType("list", v -> v instanceof List);
    public static final ArgType NODE = new ArgType("node", v -> v instanceof NodeSpec);
    /** A tag name or {@code *}, as groupBy takes. */
    public static final ArgType DIMENSION = oneOf(STRING, STAR);

    private final String name;
    private final Predicate<Object> accepts;

    private ArgType(String name, Predicate<Object> accepts) {
        this.name = name;
        this.accepts = accepts;
    }

    public static ArgType oneOf(ArgType... types) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < types.length; i++) {
            name.append(i == 0 ? "" : i == types.length - 1 ? " or " : ", ").append(types[i].name);
        }
        return new ArgType(name.toString(), v -> {
            for (ArgType t : types) {
                if (t.accepts(v)) {
                    return true;
                }
            }
            return false;
        });
    }

    public boolean accepts(Object value) {
        return accepts.test(value);
    }

    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}

package dev.kapacitor.engine.pipeline;

import java.util.function.BiFunction;

/**
 * A property method of a node or handler: {@code .name(args)}. The setter returns the object the
 * next call in the chain applies to: usually the same node; an alert handler property returns
 * the handler.
 */
public final class PropertyDef<S> {
    private final String name;
    private final Signature signature;
    private final BiFunction<S, Args, Object> setter;

    public PropertyDef(String name, Signature signature, BiFunction<S, Args, Object> setter) {
        this.name = name;
        this.signature = signature;
        this.setter = setter;
    }

    public String name() {
        return name;
    }

    public Signature signature() {
        return signature;
    }

    @SuppressWarnings("unchecked")
    public Object apply(Object target, Args args) {
        return setter.apply((S) target, args);
    }
}

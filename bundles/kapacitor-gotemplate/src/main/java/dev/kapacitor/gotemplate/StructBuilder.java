package dev.kapacitor.gotemplate;

import dev.kapacitor.gotemplate.internal.StructType;

import java.util.function.Function;

/** Declares a struct's fields in Go declaration order (the order {@code {{ . }}} and json print). */
public final class StructBuilder<T> {
    private final StructType.Builder builder;
    private final Class<T> javaClass;

    StructBuilder(String goName, Class<T> javaClass) {
        this.builder = new StructType.Builder(goName);
        this.javaClass = javaClass;
    }

    /** An exported field {@code name} of type {@code type}, read by {@code getter}. */
    public StructBuilder<T> field(String name, DataType type, Function<? super T, ?> getter) {
        builder.field(name, type, obj -> getter.apply(javaClass.cast(obj)));
        return this;
    }

    /**
     * An embedded struct: its fields are promoted (reachable as this struct's own), it prints
     * as a nested {@code {...}} and json flattens it, as Go does.
     */
    public StructBuilder<T> embed(DataType struct, Function<? super T, ?> getter) {
        builder.embed(struct, obj -> getter.apply(javaClass.cast(obj)));
        return this;
    }

    /** The struct's JSON for the {@code json} function, as its Go type marshals it (json tags, MarshalJSON). */
    public StructBuilder<T> json(Function<? super T, String> encoder) {
        builder.json(obj -> encoder.apply(javaClass.cast(obj)));
        return this;
    }

    public DataType build() {
        return builder.build();
    }
}

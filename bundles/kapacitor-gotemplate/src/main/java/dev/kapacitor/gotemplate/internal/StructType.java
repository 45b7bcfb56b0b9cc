package dev.kapacitor.gotemplate.internal;

import dev.kapacitor.gotemplate.DataType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A Go struct: fields in declaration order, embedded structs promoting theirs. */
public final class StructType extends Type {
    /** A field as declared: a named one, or an embedded struct ({@code name} null). */
    record Part(String name, Type type, Function<Object, Object> getter) {
        boolean embedded() {
            return name == null;
        }
    }

    final List<Part> parts;
    /** The struct's own JSON (Go's MarshalJSON or json tags), or null to encode its fields by name. */
    final Function<Object, String> json;

    private StructType(String goName, List<Part> parts, Map<String, Member> members, Function<Object, String> json) {
        super(Kind.STRUCT, goName, null, null, members);
        this.parts = parts;
        this.json = json;
    }

    /** Collects fields, then resolves promoted ones: own names shadow embedded ones. */
    public static final class Builder {
        private final String goName;
        private final List<Part> parts = new ArrayList<>();
        private Function<Object, String> json;

        public Builder(String goName) {
            this.goName = goName;
        }

        public void field(String name, DataType type, Function<Object, Object> getter) {
            parts.add(new Part(name, (Type) type, getter));
        }

        public void json(Function<Object, String> encoder) {
            this.json = encoder;
        }

        public void embed(DataType struct, Function<Object, Object> getter) {
            if (!(struct instanceof StructType)) {
                throw new IllegalArgumentException("only a struct can be embedded, not " + struct.goName());
            }
            parts.add(new Part(null, (Type) struct, getter));
        }

        public DataType build() {
            Map<String, Member> members = new LinkedHashMap<>();
            for (Part p : parts) {
                if (!p.embedded()) {
                    members.put(p.name(), new Member.Field(p.name(), p.type(), p.getter()));
                }
            }
            for (Part p : parts) {
                if (p.embedded()) {
                    promote(members, (StructType) p.type(), p.getter());
                }
            }
            return new StructType(goName, List.copyOf(parts), members, json);
        }

        private static void promote(Map<String, Member> members, StructType inner, Function<Object, Object> outer) {
            for (Part p : inner.parts) {
                if (p.embedded()) {
                    promote(members, (StructType) p.type(), outer.andThen(p.getter()));
                } else {
                    members.putIfAbsent(p.name(), new Member.Field(p.name(), p.type(), outer.andThen(p.getter())));
                }
            }
        }
    }
}

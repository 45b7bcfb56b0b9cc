package dev.kapacitor.gotemplate.internal;

import dev.kapacitor.gotemplate.DataType;

import java.util.Map;

/** A Go type as far as templates need it: its kind, name, zero value and members. */
public class Type implements DataType {
    /** Kinds as Go's comparison functions group them, plus the types with methods. */
    public enum Kind { STRING, INT, FLOAT, BOOL, TIME, DURATION, NAMED_INT, ANY, MAP, SLICE, STRUCT }

    final Kind kind;
    private final String goName;
    final Type elem;
    private final Object zero;
    private final Map<String, Member> methods;

    Type(Kind kind, String goName, Type elem, Object zero, Map<String, Member> methods) {
        this.kind = kind;
        this.goName = goName;
        this.elem = elem;
        this.zero = zero;
        this.methods = methods;
    }

    @Override
    public String goName() {
        return goName;
    }

    /** The value a missing map entry of this type reads as. */
    Object zero() {
        return zero;
    }

    /** The field or method {@code name}, or null. */
    Member member(String name) {
        return methods.get(name);
    }

    @Override
    public String toString() {
        return goName;
    }
}

package dev.kapacitor.gotemplate.internal;

import java.util.List;
import java.util.function.Function;

/** A struct field or a method (time.Time's, time.Duration's), resolved when parsing. */
abstract class Member {
    final String name;
    final Type type;
    final List<Type> params;

    Member(String name, Type type, List<Type> params) {
        this.name = name;
        this.type = type;
        this.params = params;
    }

    boolean isMethod() {
        return false;
    }

    /** Reads the member of a receiver (the raw Java object, never a StructValue). */
    abstract Object get(Object receiver, Object[] args);

    static final class Field extends Member {
        private final Function<Object, Object> getter;

        Field(String name, Type type, Function<Object, Object> getter) {
            super(name, type, List.of());
            this.getter = getter;
        }

        @Override
        Object get(Object receiver, Object[] args) {
            return getter.apply(receiver);
        }
    }

    static final class Method extends Member {
        interface Body {
            Object call(Object receiver, Object[] args);
        }

        private final Body body;

        Method(String name, Type type, List<Type> params, Body body) {
            super(name, type, params);
            this.body = body;
        }

        @Override
        boolean isMethod() {
            return true;
        }

        @Override
        Object get(Object receiver, Object[] args) {
            return body.call(receiver, args);
        }
    }
}

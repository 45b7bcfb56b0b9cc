package dev.kapacitor.engine.pipeline;

import dev.kapacitor.tickscript.ast.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The checked arguments of one property or chaining method call, with typed accessors. */
public final class Args {
    private final String method;
    private final Position position;
    private final List<Object> values;
    private final Function<Class<?>, Object> services;

    public Args(String method, Position position, List<Object> values) {
        this(method, position, values, type -> null);
    }

    /** @param services what the engine offers node specs while a script is evaluated */
    public Args(String method, Position position, List<Object> values, Function<Class<?>, Object> services) {
        this.method = method;
        this.position = position;
        this.values = List.copyOf(values);
        this.services = services;
    }

    /** An engine service for the spec being created (the installed alert handlers), or null. */
    public <T> T service(Class<T> type) {
        return type.cast(services.apply(type));
    }

    public String method() {
        return method;
    }

    public Position position() {
        return position;
    }

    public int size() {
        return values.size();
    }

    public Object get(int i) {
        return values.get(i);
    }

    public List<Object> values() {
        return values;
    }

    public String string(int i) {
        return (String) values.get(i);
    }

    public long integer(int i) {
        return (Long) values.get(i);
    }

    public double number(int i) {
        return (Double) values.get(i);
    }

    public boolean bool(int i) {
        return (Boolean) values.get(i);
    }

    /** Nanoseconds. */
    public long duration(int i) {
        return ((DurationValue) values.get(i)).nanos();
    }

    public LambdaValue lambda(int i) {
        return (LambdaValue) values.get(i);
    }

    public NodeSpec node(int i) {
        return (NodeSpec) values.get(i);
    }

    /** All arguments as strings (for variadic string signatures). */
    public List<String> strings() {
        List<String> out = new ArrayList<>(values.size());
        for (Object v : values) {
            out.add((String) v);
        }
        return out;
    }

    public List<LambdaValue> lambdas() {
        List<LambdaValue> out = new ArrayList<>(values.size());
        for (Object v : values) {
            out.add((LambdaValue) v);
        }
        return out;
    }

    /** An error about this call, positioned like Kapacitor's eval errors. */
    public SpecException error(String reason) {
        return SpecException.at(position, reason);
    }
}

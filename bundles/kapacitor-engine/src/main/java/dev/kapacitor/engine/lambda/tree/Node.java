package dev.kapacitor.engine.lambda.tree;

import dev.kapacitor.engine.lambda.gocompat.Rx;

/**
 * One node of a compiled lambda. The compiler knows every node's type and calls only the
 * matching method, so values pass unboxed: d for float, l for int, duration and time
 * (nanoseconds), b for boolean, s for string, r for regex.
 */
public abstract class Node {
    /** An int node read as float, for Kapacitor's int/float comparisons; float nodes override. */
    public double d(Frame f) {
        return l(f);
    }

    public long l(Frame f) {
        throw misuse("int");
    }

    public boolean b(Frame f) {
        throw misuse("boolean");
    }

    public String s(Frame f) {
        throw misuse("string");
    }

    public Rx r(Frame f) {
        throw misuse("regex");
    }

    private IllegalStateException misuse(String type) {
        return new IllegalStateException(getClass().getName() + " evaluated as " + type);
    }
}

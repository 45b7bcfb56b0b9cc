package dev.kapacitor.tickscript.ast;

/** How a function is called, which decides what it means. */
public enum CallKind {
    /** {@code |name(...)}: creates a child node. */
    CHAIN("|"),
    /** {@code .name(...)}: sets a property and returns the same node. */
    PROPERTY("."),
    /** {@code @name(...)}: a UDF. */
    DYNAMIC("@"),
    /** {@code name(...)} with no receiver: a lambda or script function such as sigma() or time(). */
    GLOBAL("");

    private final String operator;

    CallKind(String operator) {
        this.operator = operator;
    }

    public String operator() {
        return operator;
    }
}

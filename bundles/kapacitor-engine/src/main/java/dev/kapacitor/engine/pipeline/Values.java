package dev.kapacitor.engine.pipeline;

import java.util.List;

/** Names of script value types, as Kapacitor prints them in errors. */
public final class Values {
    private Values() {
    }

    public static String typeName(Object v) {
        if (v instanceof Long) {
            return "int";
        } else if (v instanceof Double) {
            return "float";
        } else if (v instanceof String) {
            return "string";
        } else if (v instanceof Boolean) {
            return "boolean";
        } else if (v instanceof DurationValue) {
            return "duration";
        } else if (v instanceof RegexValue) {
            return "regex";
        } else if (v instanceof LambdaValue) {
            return "lambda";
        } else if (v instanceof List) {
            return "list";
        } else if (v instanceof StarValue) {
            return "star";
        } else if (v instanceof NodeSpec n) {
            return n.type().method() + " node";
        }
        return v == null ? "nothing" : v.getClass().getSimpleName();
    }
}

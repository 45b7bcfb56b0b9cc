package dev.kapacitor.engine.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;

/** Compares JSON as the conformance runner does: floats within a relative 1e-9, everything else exactly. */
final class JsonCompare {
    private JsonCompare() {
    }

    /** Null when equal, else the path of the first difference. */
    static String diff(JsonNode expected, JsonNode actual, String path) {
        if (expected.isNumber() && actual.isNumber()) {
            return numbersEqual(expected, actual) ? null : path + ": expected " + expected + ", got " + actual;
        }
        if (expected.getNodeType() != actual.getNodeType()) {
            return path + ": expected " + expected + ", got " + actual;
        }
        if (expected.isObject()) {
            if (expected.size() != actual.size()) {
                return path + ": expected keys " + names(expected) + ", got " + names(actual);
            }
            for (Iterator<String> it = expected.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                if (!actual.has(k)) {
                    return path + ": missing " + k + " in " + actual;
                }
                String d = diff(expected.get(k), actual.get(k), path + "." + k);
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        if (expected.isArray()) {
            if (expected.size() != actual.size()) {
                return path + ": expected " + expected.size() + " items, got " + actual.size() + ": " + actual;
            }
            for (int i = 0; i < expected.size(); i++) {
                String d = diff(expected.get(i), actual.get(i), path + "[" + i + "]");
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        return expected.equals(actual) ? null : path + ": expected " + expected + ", got " + actual;
    }

    private static boolean numbersEqual(JsonNode a, JsonNode b) {
        if (a.isIntegralNumber() && b.isIntegralNumber()) {
            return a.bigIntegerValue().equals(b.bigIntegerValue());
        }
        double x = a.doubleValue();
        double y = b.doubleValue();
        return x == y || Math.abs(x - y) <= Math.max(1e-12, 1e-9 * Math.max(Math.abs(x), Math.abs(y)));
    }

    private static String names(JsonNode n) {
        StringBuilder sb = new StringBuilder("[");
        n.fieldNames().forEachRemaining(k -> sb.append(sb.length() > 1 ? "," : "").append(k));
        return sb.append(']').toString();
    }
}

package dev.kapacitor.engine.nodes;

import dev.kapacitor.api.model.Fields;

/** Copies typed field values between field sets without boxing. */
final class FieldValues {
    private FieldValues() {
    }

    static void copy(Fields from, int i, Fields.Builder to) {
        copyAs(from, i, from.keyAt(i), to);
    }

    /** Copies field i under another name. */
    static void copyAs(Fields from, int i, String key, Fields.Builder to) {
        switch (from.typeAt(i)) {
            case FLOAT -> to.putDouble(key, from.doubleAt(i));
            case INTEGER -> to.putLong(key, from.longAt(i));
            case BOOLEAN -> to.putBoolean(key, from.booleanAt(i));
            case NULL -> to.putNull(key);
            default -> to.putString(key, from.stringAt(i));
        }
    }

    /** Copies every field under its prefixed name (join and combine: {@code as + delimiter + name}). */
    static void copyPrefixed(Fields from, PrefixedNames names, Fields.Builder to) {
        for (int i = 0; i < from.size(); i++) {
            copyAs(from, i, names.of(from.keyAt(i)), to);
        }
    }

    static void copyAll(Fields from, Fields.Builder to) {
        for (int i = 0; i < from.size(); i++) {
            copy(from, i, to);
        }
    }

    /** Go's name of a value's type, for messages in Kapacitor's words. */
    static String goType(Object v) {
        if (v instanceof Double) {
            return "float64";
        } else if (v instanceof Long) {
            return "int64";
        } else if (v instanceof Boolean) {
            return "bool";
        } else if (v instanceof String) {
            return "string";
        }
        return v == null ? "<nil>" : v.getClass().getSimpleName();
    }
}

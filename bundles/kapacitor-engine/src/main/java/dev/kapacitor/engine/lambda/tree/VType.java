package dev.kapacitor.engine.lambda.tree;

import dev.kapacitor.api.model.FieldType;

/**
 * The value types of TICKscript lambdas, named as Kapacitor names them in its messages. The
 * first four are in the order of {@link FieldType}, so a field's type maps by ordinal.
 */
public enum VType {
    FLOAT("float"), INT("int"), STRING("string"), BOOL("boolean"), MISSING("missing"),
    TIME("time"), DURATION("duration"), REGEX("regex");

    private static final VType[] VALUES = values();
    /** What a reference may turn out to be: any field type, a tag (string), or absent. */
    public static final int REFERENCE_MASK = FLOAT.bit | INT.bit | STRING.bit | BOOL.bit | MISSING.bit;

    public final int bit = 1 << ordinal();
    private final String kapacitorName;

    VType(String kapacitorName) {
        this.kapacitorName = kapacitorName;
    }

    public static VType ofOrdinal(int ordinal) {
        return VALUES[ordinal];
    }

    public static VType ofField(FieldType t) {
        return VALUES[t.ordinal()];
    }

    /** The only type in a mask of one bit, else null. */
    public static VType single(int mask) {
        return Integer.bitCount(mask) == 1 ? VALUES[Integer.numberOfTrailingZeros(mask)] : null;
    }

    /** How a value of this type is stored in a field: durations as int nanoseconds; null when it cannot be. */
    public FieldType fieldType() {
        switch (this) {
            case FLOAT: return FieldType.FLOAT;
            case INT, DURATION: return FieldType.INTEGER;
            case STRING: return FieldType.STRING;
            case BOOL: return FieldType.BOOLEAN;
            default: return null;
        }
    }

    @Override
    public String toString() {
        return kapacitorName;
    }
}

package dev.kapacitor.api.model;

/** The value types a field can hold, as InfluxDB 1.x stores them. */
public enum FieldType {
    FLOAT, INTEGER, STRING, BOOLEAN;

    private static final FieldType[] VALUES = values();

    static FieldType of(byte ordinal) {
        return VALUES[ordinal];
    }
}

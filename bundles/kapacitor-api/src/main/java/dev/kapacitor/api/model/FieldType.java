package dev.kapacitor.api.model;

/**
 * The value types a field can hold, as InfluxDB 1.x stores them, plus NULL: a field that
 * exists without a value, as Kapacitor's join().fill('null') creates (InfluxDB never stores it).
 */
public enum FieldType {
    FLOAT, INTEGER, STRING, BOOLEAN, NULL;

    private static final FieldType[] VALUES = values();

    static FieldType of(byte ordinal) {
        return VALUES[ordinal];
    }
}

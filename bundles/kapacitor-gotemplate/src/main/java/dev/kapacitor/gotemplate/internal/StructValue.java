package dev.kapacitor.gotemplate.internal;

/** A struct value in flight: its Java object and the type that knows how to read it. */
record StructValue(StructType type, Object value) {
}

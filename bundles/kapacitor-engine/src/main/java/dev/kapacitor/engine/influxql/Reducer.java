package dev.kapacitor.engine.influxql;

import dev.kapacitor.api.model.FieldType;

/** What a {@link Column} asks of the function that reads it: which field types it takes. */
public interface Reducer {
    /** Kapacitor's name of the function, as its errors say it. */
    String name();

    /** Whether the function has a reducer for fields of this type. */
    boolean accepts(FieldType t);
}

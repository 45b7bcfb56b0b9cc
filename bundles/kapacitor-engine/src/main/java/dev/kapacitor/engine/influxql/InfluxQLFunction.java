package dev.kapacitor.engine.influxql;

import dev.kapacitor.api.model.FieldType;

/**
 * One InfluxQL function over a batch: reads a realized {@link Column}, writes {@link Results}.
 * Instances are per node and hold no state between batches (transformations, which do, are
 * {@link Transform}s).
 */
public abstract class InfluxQLFunction implements Reducer {
    /** What the function emits, besides its values. */
    public enum Output {
        /** One value, with the group's tags. */
        VALUE,
        /** One value that stands for a point: its tags and all its fields go out with it. */
        SELECTED_POINT,
        /** A batch of values with the group's tags (top and bottom: with each point's tags). */
        BATCH
    }

    private final String name;
    private final boolean numericOnly;

    protected InfluxQLFunction(String name, boolean numericOnly) {
        this.name = name;
        this.numericOnly = numericOnly;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean accepts(FieldType t) {
        return !numericOnly || t == FieldType.FLOAT || t == FieldType.INTEGER;
    }

    public Output output() {
        return Output.VALUE;
    }

    /** top and bottom: each result carries the tags of its point. */
    public boolean keepsPointTags() {
        return false;
    }

    /** Computes the results of a column that has at least one value. */
    public abstract void reduce(Column c, Results out);

    /**
     * A batch without a single value of the field: count and sum still emit (0, as a float
     * reducer would, at time 0); the others emit nothing. Returns whether something was emitted.
     */
    public boolean reduceEmpty(Results out) {
        return false;
    }
}

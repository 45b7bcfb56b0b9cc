package dev.kapacitor.engine.nodes;

import dev.kapacitor.api.model.Fields;
import dev.kapacitor.engine.pipeline.JoinSpec;

/** How join() names and fills the fields of a joined point: per parent prefix, fill mode, tolerance. */
final class JoinRules {
    /** Kapacitor's fill options: inner join, or an outer join filling with null or a number. */
    enum Fill { NONE, NULL, NUMBER }

    private final PrefixedNames[] names;
    final int parents;
    final Fill fill;
    private final Object fillValue;
    final Tolerance tolerance;
    /** Empty: the set is named after its first point. */
    final String streamName;

    JoinRules(JoinSpec spec) {
        parents = spec.as().size();
        names = new PrefixedNames[parents];
        for (int i = 0; i < parents; i++) {
            names[i] = new PrefixedNames(spec.as().get(i) + spec.delimiter());
        }
        Object f = spec.fill();
        if (f instanceof String s) {
            fill = switch (s) {
                case "null" -> Fill.NULL;
                case "none" -> Fill.NONE;
                default -> throw new IllegalArgumentException("unexpected fill option " + s);
            };
        } else {
            fill = f == null ? Fill.NONE : Fill.NUMBER;
        }
        fillValue = f;
        tolerance = new Tolerance(spec.tolerance());
        streamName = spec.streamName();
    }

    /** Adds parent i's fields, prefixed. */
    void put(int i, Fields fields, Fields.Builder out) {
        FieldValues.copyPrefixed(fields, names[i], out);
    }

    /** Fills parent i's missing field {@code key} with null or the number (only when fill is not NONE). */
    void fill(int i, String key, Fields.Builder out) {
        String name = names[i].of(key);
        if (fill == Fill.NULL) {
            out.putNull(name);
        } else if (fillValue instanceof Long l) {
            out.putLong(name, l);
        } else {
            out.putDouble(name, (Double) fillValue);
        }
    }
}

package dev.kapacitor.engine.edge;

import dev.kapacitor.api.model.Tags;
import java.util.Arrays;

/**
 * The group a point or batch belongs to: its dimensions and the values of those dimensions
 * (measurement name and tag values). Equal groups share state in grouped nodes. The string
 * form {@link #id()} is Kapacitor's GroupID and is built only when asked for.
 */
public final class Group {
    public static final Group NIL = new Group(Dimensions.NONE, null, new String[0]);

    private final Dimensions dimensions;
    private final String name;
    private final String[] values;
    private final int hash;
    private String id;

    private Group(Dimensions dimensions, String name, String[] values) {
        this.dimensions = dimensions;
        this.name = name;
        this.values = values;
        int h = dimensions.hashCode();
        h = 31 * h + (name == null ? 0 : name.hashCode());
        this.hash = 31 * h + Arrays.hashCode(values);
    }

    /** The group of a point with this measurement and tags; a missing tag has the empty value. */
    public static Group of(Dimensions dimensions, String measurement, Tags tags) {
        if (dimensions.isEmpty()) {
            return NIL;
        }
        String[] values = new String[dimensions.size()];
        for (int i = 0; i < values.length; i++) {
            String v = tags.get(dimensions.tagName(i));
            values[i] = v == null ? "" : v;
        }
        return new Group(dimensions, dimensions.byName() ? measurement : null, values);
    }

    /** Groups by every tag of the point: Kapacitor's groupBy(*). */
    public static Group ofAllTags(boolean byName, String measurement, Tags tags) {
        int n = tags.size();
        if (n == 0 && !byName) {
            return NIL;
        }
        String[] keys = new String[n];
        String[] values = new String[n];
        for (int i = 0; i < n; i++) {
            keys[i] = tags.keyAt(i);
            values[i] = tags.valueAt(i);
        }
        return new Group(Dimensions.ofSorted(byName, keys), byName ? measurement : null, values);
    }

    public Dimensions dimensions() {
        return dimensions;
    }

    /** The dimension tags with their values (the tags a batch of this group carries). */
    public Tags tags() {
        if (values.length == 0) {
            return Tags.EMPTY;
        }
        Tags.Builder b = new Tags.Builder(values.length);
        for (int i = 0; i < values.length; i++) {
            b.put(dimensions.tagName(i), values[i]);
        }
        return b.build();
    }

    /** Kapacitor's GroupID: {@code name\n} when by name, then {@code tag=value} joined by commas. */
    public String id() {
        String s = id;
        if (s == null) {
            s = buildId();
            id = s;
        }
        return s;
    }

    private String buildId() {
        if (values.length == 0) {
            return name == null ? "" : name;
        }
        StringBuilder sb = new StringBuilder();
        if (name != null) {
            sb.append(name).append('\n');
        }
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(dimensions.tagName(i)).append('=').append(values[i]);
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof Group g && g.hash == hash && g.dimensions.equals(dimensions)
                && java.util.Objects.equals(g.name, name) && Arrays.equals(g.values, values);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return "Group[" + id() + "]";
    }
}

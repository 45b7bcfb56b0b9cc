package dev.kapacitor.engine.edge;

import java.util.Arrays;

/**
 * What a group is keyed by: the measurement name (when grouping by measurement) and a sorted
 * list of tag names, as Kapacitor's {@code models.Dimensions}.
 */
public final class Dimensions {
    public static final Dimensions NONE = new Dimensions(false, new String[0]);

    private final boolean byName;
    private final String[] tagNames;
    private final int hash;

    private Dimensions(boolean byName, String[] sortedTagNames) {
        this.byName = byName;
        this.tagNames = sortedTagNames;
        this.hash = 31 * Arrays.hashCode(sortedTagNames) + (byName ? 1 : 0);
    }

    /** Copies and sorts the tag names. */
    public static Dimensions of(boolean byName, String... tagNames) {
        if (!byName && tagNames.length == 0) {
            return NONE;
        }
        String[] sorted = tagNames.clone();
        Arrays.sort(sorted);
        return new Dimensions(byName, sorted);
    }

    /** Takes ownership of an array that is already sorted (the keys of a Tags object). */
    static Dimensions ofSorted(boolean byName, String[] sortedTagNames) {
        return new Dimensions(byName, sortedTagNames);
    }

    public boolean byName() {
        return byName;
    }

    public int size() {
        return tagNames.length;
    }

    public String tagName(int i) {
        return tagNames[i];
    }

    public boolean isEmpty() {
        return !byName && tagNames.length == 0;
    }

    public boolean contains(String tag) {
        return Arrays.binarySearch(tagNames, tag) >= 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Dimensions d && d.byName == byName && Arrays.equals(d.tagNames, tagNames);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return (byName ? "byName " : "") + Arrays.toString(tagNames);
    }
}

package dev.kapacitor.engine.alert;

import dev.kapacitor.api.model.Tags;

/**
 * What {@code .inhibit(category, equalTags...)} sets up for one group of an alert node: while
 * that group's alert is not OK, events of {@code category} whose tags equal these are
 * suppressed, in any task.
 */
public final class Inhibitor {
    private final String category;
    private final String[] keys;
    private final String[] values;
    private volatile boolean active;

    /** @param values the equal tags' values in this group with this group's values ("" where the group lacks the tag) */
    public Inhibitor(String category, String[] keys, String[] values) {
        this.category = category;
        this.keys = keys.clone();
        this.values = values.clone();
    }

    public String category() {
        return category;
    }

    public void set(boolean inhibiting) {
        active = inhibiting;
    }

    boolean inhibits(String eventCategory, Tags tags) {
        if (!active || !category.equals(eventCategory)) {
            return false;
        }
        for (int i = 0; i < keys.length; i++) {
            String v = tags.get(keys[i]);
            if (!values[i].equals(v == null ? "" : v)) {
                return false;
            }
        }
        return true;
    }
}

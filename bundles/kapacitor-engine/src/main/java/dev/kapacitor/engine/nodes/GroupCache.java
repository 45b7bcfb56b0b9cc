package dev.kapacitor.engine.nodes;

import dev.kapacitor.api.model.Tags;
import dev.kapacitor.engine.edge.Group;

/**
 * The groups of recent series, found by the identity of their Tags (the parser's series cache
 * hands the same series the same instance) and their measurement name. Each key may sit in
 * either of two neighbouring entries, and an entry's tags, name and group lie next to each
 * other: one cache line answers a lookup, and two series that hash alike do not evict each other
 * on every point (a miss builds a new Group, which every grouped node downstream must then
 * compare in full). Grows while it keeps evicting, up to a bound.
 */
final class GroupCache {
    private static final int MIN_ENTRIES = 256;
    /** Bounds the cache at 3 x 64 KiB of references however many series there are. */
    private static final int MAX_ENTRIES = 16384;
    /** References per entry: tags, name, group. */
    private static final int WIDTH = 3;

    private Object[] table = new Object[MIN_ENTRIES * WIDTH];
    /**
     * Entries replaced since the cache last grew: more than an eighth of what it holds means it is
     * too small for the series (three series in a pair, read in turn, miss every time).
     */
    private int evictions;

    /** The cached group of these tags and name (null when not grouping by name), or null. */
    Group get(Tags tags, String name) {
        int at = set(tags, name);
        for (int e = at; e < at + 2 * WIDTH; e += WIDTH) {
            if (table[e] == tags && sameName(name, table[e + 1])) {
                return (Group) table[e + 2];
            }
        }
        return null;
    }

    /** Remembers a group just built; the pair's older entry makes way when both are taken. */
    void put(Tags tags, String name, Group g) {
        int at = set(tags, name);
        if (table[at] != null) {
            if (table[at + WIDTH] != null && ++evictions > entries() / 8 && entries() < MAX_ENTRIES) {
                grow();
                at = set(tags, name);
            } else {
                System.arraycopy(table, at, table, at + WIDTH, WIDTH);
            }
        }
        table[at] = tags;
        table[at + 1] = name;
        table[at + 2] = g;
    }

    private int entries() {
        return table.length / WIDTH;
    }

    /** The first entry of the key's pair. */
    private int set(Tags tags, String name) {
        int h = System.identityHashCode(tags) * 31 + (name == null ? 0 : name.hashCode());
        return (h & (entries() / 2 - 1)) * 2 * WIDTH;
    }

    private static boolean sameName(String name, Object cached) {
        return name == null ? cached == null : name.equals(cached);
    }

    /** Starts a cache four times the size, empty: its entries are found again on their next miss. */
    private void grow() {
        table = new Object[table.length * 4];
        evictions = 0;
    }
}

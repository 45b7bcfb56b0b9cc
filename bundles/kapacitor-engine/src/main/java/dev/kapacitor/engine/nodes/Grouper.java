package dev.kapacitor.engine.nodes;

import dev.kapacitor.api.model.Tags;
import dev.kapacitor.engine.edge.Dimensions;
import dev.kapacitor.engine.edge.Group;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The grouping of from().groupBy() and |groupBy(): by the named tags, or by every tag but the
 * excluded ones ({@code *}), with or without the measurement. A point's tags come from the
 * parser's series cache, so the same series usually brings the same Tags instance: a small
 * identity cache then finds its group without building anything.
 */
final class Grouper {
    private static final int MIN_CACHE = 256;
    /** Bounds the cache at 3 x 64 KiB of references however many series there are. */
    private static final int MAX_CACHE = 16384;

    private final boolean allTags;
    private final Set<String> excluded;
    private final Dimensions named;
    private final Dimensions namedByName;
    private Tags[] cachedTags = new Tags[MIN_CACHE];
    private String[] cachedNames = new String[MIN_CACHE];
    private Group[] cachedGroups = new Group[MIN_CACHE];
    /** Entries replaced since the cache last grew: more than it holds means it is too small for the series. */
    private int evictions;

    /**
     * @param allTags group by every tag ({@code *})
     * @param tags the named tags when not {@code allTags}
     * @param excluded with {@code allTags}: tags that never group
     */
    Grouper(boolean allTags, List<String> tags, Set<String> excluded) {
        this.allTags = allTags;
        this.excluded = Set.copyOf(excluded);
        String[] names = tags.toArray(new String[0]);
        this.named = Dimensions.of(false, names);
        this.namedByName = Dimensions.of(true, names);
    }

    /** The group of a point of measurement {@code name} with these tags. */
    Group group(String name, Tags tags, boolean byName) {
        if (!byName && !allTags && named.isEmpty()) {
            return Group.NIL;
        }
        int slot = slot(name, tags, byName);
        Group g = cachedGroups[slot];
        // the slot's own name (null when not by name) answers without reading the Group, which is
        // one memory miss fewer per point when the groups outgrow the cache of the core
        String cachedName = cachedNames[slot];
        if (g != null && cachedTags[slot] == tags && (byName ? name.equals(cachedName) : cachedName == null)) {
            return g;
        }
        if (g != null && ++evictions > cachedGroups.length && cachedGroups.length < MAX_CACHE) {
            grow();
            slot = slot(name, tags, byName);
        }
        g = compute(name, tags, byName);
        cachedTags[slot] = tags;
        cachedNames[slot] = byName ? name : null;
        cachedGroups[slot] = g;
        return g;
    }

    private int slot(String name, Tags tags, boolean byName) {
        return (System.identityHashCode(tags) * 31 + (byName ? name.hashCode() : 0)) & (cachedGroups.length - 1);
    }

    /** Starts a cache four times the size, empty: its entries are found again on their next miss. */
    private void grow() {
        int n = cachedGroups.length * 4;
        cachedTags = new Tags[n];
        cachedNames = new String[n];
        cachedGroups = new Group[n];
        evictions = 0;
    }

    private Group compute(String name, Tags tags, boolean byName) {
        if (!allTags) {
            return Group.of(byName ? namedByName : named, name, tags);
        }
        if (excluded.isEmpty()) {
            return Group.ofAllTags(byName, name, tags);
        }
        List<String> keys = new ArrayList<>(tags.size());
        for (int i = 0; i < tags.size(); i++) {
            if (!excluded.contains(tags.keyAt(i))) {
                keys.add(tags.keyAt(i));
            }
        }
        return Group.of(Dimensions.of(byName, keys.toArray(new String[0])), name, tags);
    }
}

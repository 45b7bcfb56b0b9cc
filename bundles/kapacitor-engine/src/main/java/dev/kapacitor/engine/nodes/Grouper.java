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
 * identity cache ({@link GroupCache}) then finds its group without building anything.
 */
final class Grouper {
    private final boolean allTags;
    private final Set<String> excluded;
    private final Dimensions named;
    private final Dimensions namedByName;
    private final GroupCache cache = new GroupCache();

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

    /** Whether points get a group other than {@link Group#NIL} at all. */
    boolean groups(boolean byName) {
        return byName || allTags || !named.isEmpty();
    }

    /** The group of a point of measurement {@code name} with these tags. */
    Group group(String name, Tags tags, boolean byName) {
        if (!groups(byName)) {
            return Group.NIL;
        }
        String cachedName = byName ? name : null;
        Group g = cache.get(tags, cachedName);
        if (g == null) {
            g = compute(name, tags, byName);
            cache.put(tags, cachedName, g);
        }
        return g;
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

package dev.kapacitor.engine.nodes;

import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import dev.kapacitor.api.model.Tags;
import dev.kapacitor.engine.edge.Dimensions;
import dev.kapacitor.engine.edge.Group;
import org.junit.Test;

public class GroupCacheTest {
    private static final Dimensions HOST = Dimensions.of(false, new String[] {"host"});

    private static Tags host(int i) {
        return Tags.of(new String[] {"host"}, new String[] {"h" + i});
    }

    /** Lookups that missed over one pass through the series, each miss remembered as a new group. */
    private static int missesOfOnePass(GroupCache cache, Tags[] series) {
        int misses = 0;
        for (Tags t : series) {
            if (cache.get(t, null) == null) {
                misses++;
                cache.put(t, null, Group.of(HOST, "cpu", t));
            }
        }
        return misses;
    }

    @Test
    public void growsUntilAThousandSeriesStay() {
        Tags[] series = new Tags[1000];
        for (int i = 0; i < series.length; i++) {
            series[i] = host(i);
        }
        GroupCache cache = new GroupCache();
        for (int pass = 0; pass < 30; pass++) {
            missesOfOnePass(cache, series);
        }
        int misses = missesOfOnePass(cache, series);
        assertTrue(misses + " of 1000 series missed", misses <= 10);
    }

    @Test
    public void tellsNamesAndNoNameApart() {
        GroupCache cache = new GroupCache();
        Tags t = host(1);
        Group byName = Group.of(Dimensions.of(true, new String[] {"host"}), "cpu", t);
        Group plain = Group.of(HOST, "cpu", t);
        cache.put(t, "cpu", byName);
        cache.put(t, null, plain);
        assertSame(byName, cache.get(t, "cpu"));
        assertSame(plain, cache.get(t, null));
        assertNull(cache.get(t, "mem"));
        assertNull(cache.get(host(1), null));
    }
}

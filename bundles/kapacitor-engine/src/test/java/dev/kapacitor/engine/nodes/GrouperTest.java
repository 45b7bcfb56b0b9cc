package dev.kapacitor.engine.nodes;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;

import dev.kapacitor.api.model.Tags;
import dev.kapacitor.engine.edge.Group;
import java.util.List;
import java.util.Set;
import org.junit.Test;

public class GrouperTest {
    private static final Tags TAGS = Tags.of(new String[] {"host", "cpu", "dc"}, new String[] {"a", "cpu0", "x"});

    @Test
    public void theCacheNeverMixesMeasurementsOrByNameForTheSameTags() {
        Grouper g = new Grouper(false, List.of("host"), Set.of());
        for (int i = 0; i < 3; i++) {
            assertEquals("cpu\nhost=a", g.group("cpu", TAGS, true).id());
            assertEquals("mem\nhost=a", g.group("mem", TAGS, true).id());
            assertEquals("host=a", g.group("mem", TAGS, false).id());
        }
        assertSame(g.group("cpu", TAGS, true), g.group("cpu", TAGS, true));
    }

    @Test
    public void starLeavesOutTheExcludedTags() {
        assertEquals("cpu=cpu0,dc=x,host=a", new Grouper(true, List.of(), Set.of()).group("m", TAGS, false).id());
        assertEquals("m\ndc=x", new Grouper(true, List.of(), Set.of("cpu", "host")).group("m", TAGS, true).id());
        Group none = new Grouper(true, List.of(), Set.of("cpu", "host", "dc")).group("m", TAGS, false);
        assertSame(Group.NIL, none);
    }
}

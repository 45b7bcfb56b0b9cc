package dev.kapacitor.engine.runtime;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertSame;

import dev.kapacitor.api.model.Tags;
import dev.kapacitor.engine.edge.Dimensions;
import dev.kapacitor.engine.edge.Group;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class GroupStatesTest {
    private static Group host(String h) {
        return Group.of(Dimensions.of(false, "host"), "m", Tags.of(Map.of("host", h)));
    }

    @Test
    public void eachGroupKeepsItsStateWhenGroupsTakeTurns() {
        GroupStates<long[]> states = new GroupStates<>(new TaskContext("t", null), g -> new long[1]);
        Group a = host("a");
        Group b = host("b");
        states.get(a)[0]++;
        states.get(a)[0]++;
        states.get(b)[0]++;
        states.get(host("a"))[0]++;
        assertEquals(3, states.get(a)[0]);
        assertEquals(1, states.get(b)[0]);
        assertEquals(2, states.size());
    }

    @Test
    public void theGroupOfDataWithoutGroupByKeepsItsStateUntilRemoved() {
        GroupStates<long[]> states = new GroupStates<>(new TaskContext("t", null), g -> new long[1]);
        states.get(Group.NIL)[0]++;
        states.get(host("a"))[0]++;
        states.get(Group.NIL)[0]++;
        assertEquals(2, states.get(Group.NIL)[0]);
        long[] nil = states.remove(Group.NIL);
        assertEquals(2, nil[0]);
        assertEquals(0, states.get(Group.NIL)[0]);
        assertEquals(2, states.size());
    }

    @Test
    public void aRemovedGroupStartsAgainEvenRightAfterItsLastData() {
        GroupStates<long[]> states = new GroupStates<>(new TaskContext("t", null), g -> new long[1]);
        Group a = host("a");
        long[] first = states.get(a);
        first[0] = 7;
        assertSame(first, states.remove(a));
        long[] again = states.get(a);
        assertNotSame(first, again);
        assertEquals(0, again[0]);
        List<Group> seen = new java.util.ArrayList<>();
        states.forEach((g, s) -> seen.add(g));
        assertEquals(List.of(a), seen);
    }
}

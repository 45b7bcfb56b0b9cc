package dev.kapacitor.engine.runtime;

import static org.junit.Assert.assertEquals;

import dev.kapacitor.api.model.Tags;
import dev.kapacitor.engine.edge.Dimensions;
import dev.kapacitor.engine.edge.Group;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/** When idle groups are looked for and which ones go. */
public class GroupExpiryTest {
    private static final long S = 1_000_000_000L;
    private static final Group A = host("a");
    private static final Group B = host("b");

    private static Group host(String h) {
        return Group.of(Dimensions.of(false, "host"), "m", Tags.of(Map.of("host", h)));
    }

    @Test
    public void looksEveryEighthOfTheTtlForGroupsIdleForTheTtl() {
        GroupExpiry e = new GroupExpiry(8 * S);
        e.activity(A, 0);
        assertEquals(List.of(), e.expired(0));
        long b = 3 * S + S / 5;
        e.activity(B, b);
        assertEquals(List.of(), e.expired(S / 2));
        // idle exactly the ttl: gone
        assertEquals(List.of(A), e.expired(8 * S));
        assertEquals(List.of(), e.expired(11 * S));
        // B has been idle long enough at 11.5s, but the next look is at 12s
        assertEquals(List.of(), e.expired(11 * S + S / 2));
        assertEquals(List.of(B), e.expired(12 * S));
    }

    @Test
    public void aGroupSeenAgainIsNewToTheExpiry() {
        GroupExpiry e = new GroupExpiry(S);
        GroupActivity first = e.activity(A, 0);
        assertEquals(List.of(A), e.expired(S));
        GroupActivity second = e.activity(A, 2 * S);
        assertEquals(false, first == second);
        assertEquals(2 * S, second.lastSeen);
    }
}

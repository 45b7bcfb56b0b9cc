package dev.kapacitor.engine.nodes;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;

import dev.kapacitor.api.model.Fields;
import dev.kapacitor.api.model.Tags;
import dev.kapacitor.engine.edge.BatchPointMessage;
import dev.kapacitor.engine.edge.WindowPoints;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

public class WindowBufferTest {
    private static final Tags A = Tags.of(new String[] {"h"}, new String[] {"a"});
    private static final Tags B = Tags.of(new String[] {"h"}, new String[] {"b"});

    /** A different field layout every few points: floats, ints and booleans, sometimes a string. */
    private static Fields fields(int i) {
        Fields.Builder b = new Fields.Builder().putDouble("v", i + 0.5);
        if (i % 3 == 1) {
            b.putLong("n", i).putBoolean("ok", i % 2 == 0);
        }
        if (i % 4 == 2) {
            b.putString("s", "x" + i);
        }
        return b.build();
    }

    private static String text(List<BatchPointMessage> points) {
        List<String> out = new ArrayList<>();
        for (BatchPointMessage p : points) {
            out.add(p.time() + p.tags().get("h") + p.fields());
        }
        return String.join(" ", out);
    }

    @Test
    public void keepsPointsInOrderThroughWrapAroundGrowthAndChangingLayouts() {
        WindowBuffer buf = new WindowBuffer();
        List<BatchPointMessage> expected = new ArrayList<>();
        int next = 0;
        for (int round = 0; round < 6; round++) {
            for (int k = 0; k < 7 + round * 3; k++, next++) {
                Tags t = next % 5 == 0 ? B : A;
                buf.add(next, t, fields(next));
                expected.add(new BatchPointMessage(next, fields(next), t));
            }
            for (int k = 0; k < 5 + round; k++) {
                buf.dropOldest();
                expected.remove(0);
            }
            assertEquals(text(expected), text(buf.points()));
            assertEquals(expected.size(), buf.size());
            assertEquals(expected.get(0).time(), buf.oldestTime());
            assertEquals(next - 1, buf.newestTime());
        }
        while (!buf.isEmpty()) {
            buf.dropOldest();
        }
        assertEmptyAndReusable(buf);
    }

    @Test
    public void rebuildsEqualFieldsAndSharesTheTags() {
        WindowBuffer buf = new WindowBuffer();
        Fields f = new Fields.Builder().putDouble("v", -0.0).putLong("i", Long.MIN_VALUE).putBoolean("b", true)
                .putString("s", "").build();
        buf.add(1, A, f);
        BatchPointMessage p = buf.points().get(0);
        assertEquals(f, p.fields());
        assertSame(A, p.tags());
        assertEquals(1, p.time());
    }

    @Test
    public void dropsEverythingBeforeATimeAtOnceThroughWrapAround() {
        WindowBuffer buf = new WindowBuffer();
        List<BatchPointMessage> expected = new ArrayList<>();
        int next = 0;
        for (int round = 0; round < 6; round++) {
            for (int k = 0; k < 9 + round * 2; k++, next++) {
                long time = next / 2;
                buf.add(time, A, fields(next));
                expected.add(new BatchPointMessage(time, fields(next), A));
            }
            long oldest = expected.get(0).time() + 3;
            boolean keepOldest = round % 2 == 0;
            expected.removeIf(p -> p.time() < oldest || !keepOldest && p.time() == oldest);
            buf.dropBefore(oldest, keepOldest);
            assertEquals(text(expected), text(buf.points()));
            assertEquals(expected.size(), buf.size());
        }
        buf.dropBefore(Long.MAX_VALUE, false);
        assertEmptyAndReusable(buf);
    }

    private static void assertEmptyAndReusable(WindowBuffer buf) {
        assertEquals(List.of(), buf.points());
        buf.add(99, A, fields(2));
        assertEquals("99a{s=x2, v=2.5}", text(buf.points()));
    }

    @Test
    public void emitsAViewWhoseColumnsMatchItsPoints() {
        WindowBuffer buf = new WindowBuffer();
        for (int i = 0; i < 3; i++) {
            buf.add(i, i == 2 ? B : A, new Fields.Builder().putDouble("v", i + 0.25).putLong("n", i).build());
        }
        WindowPoints w = (WindowPoints) buf.points();
        assertEquals("0a{n=0, v=0.25} 1a{n=1, v=1.25} 2b{n=2, v=2.25}", text(w));
        int v = w.layout(2).indexOf("v");
        assertEquals(2.25, Double.longBitsToDouble(w.bits(2, v)), 0);
        assertEquals(2, w.bits(2, w.layout(2).indexOf("n")));
        assertSame(B, w.tags(2));
        assertSame("built once for every node that reads it", w.get(1), w.get(1));
        assertEquals(null, w.string(1, v));
        buf.add(3, A, fields(2));
        assertEquals("x2", ((WindowPoints) buf.points()).string(3, fields(2).indexOf("s")));
    }
}

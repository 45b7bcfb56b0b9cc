package dev.kapacitor.api.model;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import dev.kapacitor.api.lineprotocol.LineProtocolParser;
import dev.kapacitor.api.lineprotocol.Precision;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/** Fields and tags of the same keys share their key arrays, so readers can skip looking names up again. */
public class LayoutSharingTest {
    @Test
    public void oneBuilderSharesTheLayoutWhileKeysAndTypesStayTheSame() {
        Fields.Builder b = new Fields.Builder();
        Fields first = b.putDouble("value", 1.5).putLong("count", 2).build();
        Fields second = b.clear().putLong("count", 3).putDouble("value", 2.5).build();
        Fields retyped = b.clear().putDouble("count", 3).putDouble("value", 2.5).build();
        Fields fewer = b.clear().putDouble("value", 2.5).build();
        assertTrue(first.sameLayout(second));
        assertEquals(Map.of("count", 2L, "value", 1.5), first.toMap());
        assertEquals(Map.of("count", 3L, "value", 2.5), second.toMap());
        assertFalse(second.sameLayout(retyped));
        assertFalse(retyped.sameLayout(fewer));
        assertFalse(first.sameLayout(null));
        // built apart: equal, but not known to be laid out alike
        Fields apart = new Fields.Builder().putLong("count", 3).putDouble("value", 2.5).build();
        assertEquals(second, apart);
        assertFalse(second.sameLayout(apart));
    }

    @Test
    public void stringValuesStayWithTheirFields() {
        Fields.Builder b = new Fields.Builder();
        Fields a = b.putString("msg", "a").putBoolean("ok", true).build();
        Fields c = b.clear().putString("msg", "c").putBoolean("ok", false).build();
        assertTrue(a.sameLayout(c));
        assertEquals("a", a.stringAt(0));
        assertEquals("c", c.stringAt(0));
        assertNull(c.stringAt(1));
        assertEquals(Map.of("msg", "c", "ok", false), c.toMap());
    }

    @Test
    public void aBuilderKeepsWorkingAfterBuild() {
        Fields.Builder b = new Fields.Builder().putDouble("z", 1).putDouble("a", 2);
        Fields sorted = b.build();
        assertEquals("a", sorted.keyAt(0));
        b.putDouble("z", 3).remove("a").putDouble("m", 4);
        assertEquals(Map.of("m", 4.0, "z", 3.0), b.build().toMap());
        assertEquals(Map.of("a", 2.0, "z", 1.0), sorted.toMap());
    }

    @Test
    public void tagsOfTheSameKeysShareThemAcrossBuilders() {
        Tags a = new Tags.Builder(2).put("region", "eu").put("host", "a").build();
        Tags b = Tags.of(Map.of("host", "b", "region", "us"));
        Tags other = Tags.of(Map.of("host", "c"));
        assertTrue(a.sameKeys(b));
        assertEquals(Map.of("host", "a", "region", "eu"), a.toMap());
        assertEquals("us", b.get("region"));
        assertFalse(a.sameKeys(other));
        assertFalse(a.sameKeys(null));
    }

    @Test
    public void parsedPointsOfEverySeriesShareTheirLayouts() {
        String body = "cpu,host=h1,cpu=cpu0 idle=1.5,user=2.5 1\ncpu,host=h2,cpu=cpu0 idle=3.5,user=4.5 2\n"
                + "cpu,host=h1,cpu=cpu0 idle=5,user=6i 3\n";
        List<Point> points = LineProtocolParser.parse(body.getBytes(StandardCharsets.UTF_8), Precision.NANOSECONDS,
                0, "db", "rp").points();
        assertTrue(points.get(0).tags().sameKeys(points.get(1).tags()));
        assertTrue(points.get(0).fields().sameLayout(points.get(1).fields()));
        assertFalse(points.get(1).fields().sameLayout(points.get(2).fields()));
        assertEquals(Map.of("idle", 3.5, "user", 4.5), points.get(1).fields().toMap());
        assertEquals(Map.of("idle", 5.0, "user", 6L), points.get(2).fields().toMap());
    }
}

package dev.kapacitor.benchmarks.load;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.kapacitor.api.model.Point;
import dev.kapacitor.benchmarks.CpuPayload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.Test;

public class WindowMemoryTest {
    private static final long HOUR = 3600L * 1_000_000_000L;

    @Test
    public void thePeriodOutlastsThePayloadByLessThanAnHour() {
        for (long points : new long[] {1, 999, 36_000, 36_001, 72_000, 100_000}) {
            List<byte[]> bodies = Scenarios.cpuBodies(new CpuPayload(CpuPayload.numberedHosts(10), 1), points, 1000);
            long first = CpuPayload.parse(bodies.get(0)).get(0).time();
            List<Point> last = CpuPayload.parse(bodies.get(bodies.size() - 1));
            long span = last.get(last.size() - 1).time() - first;
            // whole bodies are written: the points asked for, rounded up
            long hours = WindowMemory.periodHours(new WriteLoad(null, null, bodies, 1).totalPoints(), 10);
            assertTrue(points + " points: " + hours + "h", span < hours * HOUR);
            assertTrue(points + " points: " + hours + "h", span >= (hours - 1) * HOUR);
        }
        assertEquals(1, WindowMemory.periodHours(2_000_000, 1000));
        assertEquals(1, WindowMemory.periodHours(3_600_000, 1000));
        assertEquals(2, WindowMemory.periodHours(3_600_001, 1000));
        assertEquals(2, WindowMemory.periodHours(5_000_000, 1000));
    }

    @Test
    public void theScriptIsR2OverWholeHoursIntoItsOwnEndpoint() {
        String s = WindowMemory.script(2);
        assertTrue(s, s.contains(".groupBy('host')") && s.contains(".period(2h)") && s.contains(".every(2h)"));
        assertTrue(s, s.contains("|mean('usage_idle')") && s.contains("|httpOut('wm')"));
        assertFalse(s, s.contains("10s"));
    }

    @Test
    public void bytesPerPointIsTheHeapGrowthOverThePoints() {
        assertEquals(35.0, WindowMemory.bytesPerPoint(40_000_000, 110_000_000, 2_000_000), 1e-9);
    }

    @Test
    public void theRingsDoubleFromEightPerGroup() {
        // 2,000 points per group: 2,048 times, tags and layouts; 4,096 (2 fields) or 2,048 values
        assertEquals(1000 * (2048 * 16 + 4096 * 8 + 64), WindowMemory.ringBytes(2_000_000, 1000, 2));
        assertEquals(1000 * (2048 * 16 + 2048 * 8 + 64), WindowMemory.ringBytes(2_000_000, 1000, 1));
        // the odd group out of an uneven split holds one point more
        assertEquals(2 * (8 * 16 + 16 * 8 + 64), WindowMemory.ringBytes(15, 2, 2));
        assertEquals(3 * (8 * 16 + 8 * 8 + 64), WindowMemory.ringBytes(3, 3, 1));
    }

    @Test
    public void theIdleOnlyPayloadCarriesOneFloatFieldAndTheSameSeries() {
        String[] hosts = CpuPayload.numberedHosts(3);
        String two = new String(new CpuPayload(hosts, 5).body(1, 4), StandardCharsets.UTF_8);
        String one = new String(CpuPayload.idleOnly(hosts, 5).body(1, 4), StandardCharsets.UTF_8);
        assertTrue(two, two.startsWith("cpu,host=h1,cpu=cpu0 usage_idle=") && two.contains(",usage_user="));
        assertTrue(one, one.startsWith("cpu,host=h1,cpu=cpu0 usage_idle=") && !one.contains("usage_user"));
        List<Point> a = CpuPayload.parse(two.getBytes(StandardCharsets.UTF_8));
        List<Point> b = CpuPayload.parse(one.getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i).time(), b.get(i).time());
            assertEquals(a.get(i).tags(), b.get(i).tags());
            assertEquals(1, b.get(i).fields().size());
        }
    }
}

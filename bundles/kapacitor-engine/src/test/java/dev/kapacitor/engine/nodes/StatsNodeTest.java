package dev.kapacitor.engine.nodes;

import static dev.kapacitor.engine.nodes.TestPipelines.lines;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.kapacitor.api.model.Point;
import dev.kapacitor.engine.pipeline.NodeSpec;
import dev.kapacitor.engine.runtime.EngineServices;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class StatsNodeTest {
    @Test
    public void isANewSourceAndGivesAChildlessNodeANoop() {
        var spec = TestPipelines.spec("var f = stream|from()\nf|stats(1s)|capture()");
        assertEquals(List.of("stream0", "from1", "noop3", "stats2", "capture4"), spec.walk().stream().map(NodeSpec::name).toList());
        assertEquals("digraph t {\nstream0 -> from1;\nfrom1 -> noop3;\nstats2 -> capture4;\n}", spec.dot("t"));
    }

    @Test
    public void needsAPositiveInterval() {
        assertEquals("stats interval must be positive", org.junit.Assert.assertThrows(
                dev.kapacitor.engine.pipeline.SpecException.class, () -> TestPipelines.spec("stream|from()|stats(0s)")).getMessage());
    }

    @Test
    public void emitsWhatTheNodeEmittedPerGroupOnTheWallClockAligned() throws Exception {
        try (EngineServices services = new EngineServices()) {
            var run = TestPipelines.start("var f = stream|from().groupBy('h')\nf|stats(40ms).align()|capture()", services);
            run.write(lines("m,h=a v=1 1", "m,h=b v=1 2", "m,h=a v=1 3"));
            Thread.sleep(300);
            run.finish();
            Map<String, Object> last = new LinkedHashMap<>();
            for (Point p : run.points()) {
                assertEquals("stats", p.name());
                assertEquals(0, p.time() % 40_000_000L);
                last.put(p.tags().toString(), p.fields().get("emitted"));
            }
            // a tick that comes before the task has taken the points (a loaded machine) reports the empty group's 0
            if (Long.valueOf(0).equals(last.get("{}"))) {
                last.remove("{}");
            }
            assertEquals(Map.of("{h=a}", 2L, "{h=b}", 1L), last);
        }
    }

    @Test
    public void emitsZeroWithoutGroupBeforeAnyData() throws Exception {
        try (EngineServices services = new EngineServices()) {
            var run = TestPipelines.start("var f = stream|from()\nf|stats(20ms)|capture()", services);
            Thread.sleep(100);
            run.finish();
            assertTrue(run.points().size() >= 2);
            Point p = run.points().get(0);
            assertEquals("stats{} {emitted=0}", p.name() + p.tags() + " " + p.fields());
        }
    }
}

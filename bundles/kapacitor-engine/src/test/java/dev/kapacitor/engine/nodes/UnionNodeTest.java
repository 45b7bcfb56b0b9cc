package dev.kapacitor.engine.nodes;

import static dev.kapacitor.engine.nodes.TestPipelines.lines;
import static dev.kapacitor.engine.nodes.TestPipelines.run;
import static org.junit.Assert.assertEquals;

import dev.kapacitor.api.model.Point;
import dev.kapacitor.engine.edge.BufferedBatchMessage;
import java.util.List;
import org.junit.Test;

public class UnionNodeTest {
    private static final String AB = "var a = stream|from().measurement('a')\nvar b = stream|from().measurement('b')\n";

    private static List<String> names(TestPipelines.Run r) {
        return r.points().stream().map(p -> p.name() + "@" + p.time() + "=" + p.fields().get("v")).toList();
    }

    @Test
    public void mergesInTimeOrderOnceEveryParentSentAndEmitsTheRestWhenTheTaskStops() throws Exception {
        var r = run(AB + "a|union(b)|capture()", lines("a v=1i 1", "a v=5i 5", "b v=3i 3", "b v=4i 4"));
        // a@1 and a@5 wait for b; b@3 releases a@1 and itself, b@4 itself; a@5 comes out at the stop
        assertEquals(List.of("a@1=1", "b@3=3", "b@4=4", "a@5=5"), names(r));
    }

    @Test
    public void atEqualTimesTheArgumentsComeBeforeTheReceiver() throws Exception {
        var r = run(AB + "var c = stream|from().measurement('c')\nc|union(a, b)|capture()",
                lines("c v=1i 7", "a v=2i 7", "b v=3i 7", "c v=4i 8", "a v=5i 8", "b v=6i 8"));
        assertEquals(List.of("a@7=2", "b@7=3", "c@7=1", "a@8=5", "b@8=6", "c@8=4"), names(r));
    }

    @Test
    public void renamesPointsAndBatches() throws Exception {
        var points = run(AB + "a|union(b).rename('all')|capture()", lines("a v=1i 1", "b v=2i 2"));
        assertEquals(List.of("all", "all"), points.points().stream().map(Point::name).toList());
        var batches = run(AB + "a|batchEvery(1)|union(b|batchEvery(1)).rename('all')|capture()", lines("a v=1i 1", "b v=2i 2"));
        assertEquals(List.of("all", "all"), batches.captured().stream().map(m -> ((BufferedBatchMessage) m).name()).toList());
    }

    @Test
    public void isNamedAfterItsLastLinkAsInKapacitor() throws Exception {
        var spec = TestPipelines.spec(AB + "a|union(b)");
        // linked under b (id 3), then a (id 4): Kapacitor gives a fan-in node a new id per link
        assertEquals("union4", spec.walk().get(spec.walk().size() - 1).name());
        assertEquals(List.of("from2", "from1"), spec.walk().get(spec.walk().size() - 1).parents().stream()
                .map(n -> n.name()).toList());
    }
}

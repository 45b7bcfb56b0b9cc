package dev.kapacitor.engine.nodes;

import static dev.kapacitor.engine.nodes.TestPipelines.lines;
import static dev.kapacitor.engine.nodes.TestPipelines.run;
import static org.junit.Assert.assertEquals;

import dev.kapacitor.api.model.Point;
import dev.kapacitor.engine.edge.BufferedBatchMessage;
import java.util.List;
import org.junit.Test;

public class ChangeDetectNodeTest {
    @Test
    public void passesChangesComparedAsGoComparesValuesOfAnyType() throws Exception {
        var r = run("stream|from()|changeDetect('s')|capture()",
                lines("m s=1i 1", "m s=1i 2", "m s=1.0 3", "m s=1.0 4", "m s=true 5", "m s=\"1\" 6", "m s=\"1\" 7", "m w=1i 8",
                        "m s=\"2\" 9"));
        assertEquals(List.of(1L, 3L, 5L, 6L, 9L), r.points().stream().map(Point::time).toList());
        assertEquals(1, r.node("changeDetect2").stats().errorCount());
    }

    @Test
    public void eachBatchStartsAfresh() throws Exception {
        var r = run("stream|from()|batchEvery(3)|changeDetect('s')|capture()",
                lines("m s=\"a\" 1", "m s=\"a\" 2", "m s=\"b\" 3", "m s=\"b\" 4", "m s=\"b\" 5", "m s=\"c\" 6"));
        assertEquals(List.of(List.of(1L, 3L), List.of(4L, 6L)), r.captured().stream()
                .map(m -> ((BufferedBatchMessage) m).points().stream().map(p -> p.time()).toList()).toList());
    }
}

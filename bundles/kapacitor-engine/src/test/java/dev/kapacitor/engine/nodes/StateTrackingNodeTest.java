package dev.kapacitor.engine.nodes;

import static dev.kapacitor.engine.nodes.TestPipelines.lines;
import static dev.kapacitor.engine.nodes.TestPipelines.run;
import static org.junit.Assert.assertEquals;

import dev.kapacitor.engine.edge.BufferedBatchMessage;
import java.util.List;
import org.junit.Test;

public class StateTrackingNodeTest {
    private static final long S = 1_000_000_000L;

    @Test
    public void stateDurationCountsUnitsSinceTheStateBeganAndMinusOneOutside() throws Exception {
        var r = run("stream|from()|stateDuration(lambda: \"v\" > 1)|capture()",
                lines("m v=2i 0", "m v=3i 1500000000", "m v=0i " + 2 * S, "m v=5i " + 3 * S, "m v=5i " + 4 * S));
        assertEquals(List.of(0.0, 1.5, -1.0, 0.0, 1.0), r.points().stream().map(p -> p.fields().get("state_duration")).toList());
    }

    @Test
    public void stateCountGoesOnAcrossAPointTheLambdaFailsOn() throws Exception {
        var r = run("stream|from()|stateCount(lambda: \"v\" > 5.0).as('n')|capture()",
                lines("m v=6.0 1", "m w=1.0 2", "m v=7.0 3", "m v=1.0 4", "m v=9.0 5"));
        assertEquals(List.of(1L, 2L, -1L, 1L), r.points().stream().map(p -> p.fields().get("n")).toList());
        assertEquals(1, r.node("state_count2").stats().errorCount());
    }

    @Test
    public void eachBatchStartsCountingAfresh() throws Exception {
        var r = run("stream|from()|batchEvery(2)|stateCount(lambda: TRUE)|capture()",
                lines("m v=1 1", "m v=1 2", "m v=1 3", "m v=1 4"));
        assertEquals(List.of(List.of(1L, 2L), List.of(1L, 2L)), r.captured().stream()
                .map(m -> ((BufferedBatchMessage) m).points().stream().map(p -> p.fields().get("state_count")).toList())
                .toList());
    }
}

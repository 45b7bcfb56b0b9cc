package dev.kapacitor.engine.nodes;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import dev.kapacitor.engine.pipeline.EdgeType;
import dev.kapacitor.engine.pipeline.InfluxQLSpec;
import dev.kapacitor.engine.pipeline.NodeSpec;
import dev.kapacitor.engine.pipeline.SpecException;
import java.util.List;
import org.junit.Test;

/** The InfluxQL chaining methods: signatures, edges, names and the define-time checks. */
public class InfluxQLSpecTest {
    private static NodeSpec last(String script) {
        List<NodeSpec> nodes = TestPipelines.spec(script).walk();
        return nodes.get(nodes.size() - 1);
    }

    private static String error(String script) {
        return assertThrows(SpecException.class, () -> TestPipelines.spec(script)).getMessage();
    }

    @Test
    public void aggregatesGiveStreamsDistinctTopBottomAndHoltWintersBatchesTransformationsWhatTheyTake() {
        assertEquals(EdgeType.STREAM, last("stream|from()|batchEvery(2)|mean('v')").provides());
        assertEquals(EdgeType.BATCH, last("stream|from()|distinct('v')").provides());
        assertEquals(EdgeType.BATCH, last("stream|from()|bottom(2, 'v', 'host')").provides());
        assertEquals(EdgeType.BATCH, last("stream|from()|holtWinters('v', 3, 0, 1s)").provides());
        assertEquals(EdgeType.STREAM, last("stream|from()|difference('v')").provides());
        assertEquals(EdgeType.BATCH, last("stream|from()|batchEvery(2)|cumulativeSum('v')").provides());
    }

    @Test
    public void nodesAreNamedAfterTheFunctionAndSoIsTheResult() {
        var fit = (InfluxQLSpec) last("stream|from()|holtWintersWithFit('v', 2, 4, 1s)");
        assertEquals("holtWinters2", fit.name());
        assertEquals("holtWinters", fit.as());
        assertTrue("holtWinters always uses point times", fit.pointTimes());
        var ma = (InfluxQLSpec) last("stream|from()|movingAverage('v', 3).as('ma')");
        assertEquals("movingAverage2", ma.name());
        assertEquals("ma", ma.as());
        var top = (InfluxQLSpec) last("stream|from()|top(3, 'v', 'host', 'x').usePointTimes()");
        assertEquals(List.of("host", "x"), top.fieldsAndTags());
        assertEquals(3, top.count());
        assertTrue(top.pointTimes());
    }

    @Test
    public void argumentsAreTypedAsKapacitorsMethods() {
        assertTrue(error("stream|from()|percentile('v', 75)").contains("argument 2 must be a float, got int"));
        assertTrue(error("stream|from()|count()").contains("got 0 arguments, expected 1"));
        assertTrue(error("stream|from()|top('v', 2)").contains("argument 1 must be an int"));
    }

    @Test
    public void whatWouldCrashKapacitorAtRunTimeIsRefusedAtDefineTime() {
        assertTrue(error("stream|from()|movingAverage('v', 0)").contains("movingAverage window must be greater than 0"));
        assertTrue(error("stream|from()|elapsed('v', 0s)").contains("elapsed unit must not be 0"));
        assertTrue(error("stream|from()|top(-1, 'v')").contains("top number of points must not be negative"));
        assertTrue(error("stream|from()|holtWinters('v', 1, 0, 0s)").contains("interval must be greater than 0"));
    }
}

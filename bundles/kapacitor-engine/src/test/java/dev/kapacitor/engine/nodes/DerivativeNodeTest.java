package dev.kapacitor.engine.nodes;

import static dev.kapacitor.engine.nodes.TestPipelines.lines;
import static dev.kapacitor.engine.nodes.TestPipelines.run;
import static org.junit.Assert.assertEquals;

import dev.kapacitor.engine.edge.BufferedBatchMessage;
import java.util.List;
import org.junit.Test;

public class DerivativeNodeTest {
    private static final long S = 1_000_000_000L;

    @Test
    public void ratePerUnitFromTheSecondPointOfEachGroup() throws Exception {
        var r = run("stream|from().groupBy('h')|derivative('v').unit(2s).as('rate')|capture()",
                lines("m,h=a v=0.0 0", "m,h=b v=1i " + S, "m,h=a v=4.0 " + 2 * S, "m,h=b v=9i " + 3 * S, "m,h=a v=3.0 " + 3 * S));
        assertEquals(List.of("{h=a}{rate=4.0, v=4.0}", "{h=b}{rate=8.0, v=9}", "{h=a}{rate=-2.0, v=3.0}"),
                r.points().stream().map(p -> p.tags().toString() + p.fields()).toList());
    }

    @Test
    public void nonNegativeDropsDecreasesButRemembersThem() throws Exception {
        var r = run("stream|from()|derivative('v').nonNegative()|capture()",
                lines("m v=10.0 0", "m v=4.0 " + S, "m v=6.0 " + 2 * S));
        assertEquals(List.of(2.0), r.points().stream().map(p -> p.fields().get("v")).toList());
    }

    @Test
    public void aPointWithoutANumberIsDroppedAndForgottenAZeroElapsedOneRemembered() throws Exception {
        var r = run("stream|from()|derivative('v')|capture()",
                lines("m v=1.0 0", "m v=\"x\" " + S, "m w=1.0 " + S, "m v=3.0 " + 2 * S, "m v=9.0 " + 2 * S, "m v=12.0 " + 4 * S));
        assertEquals(List.of(1.0, 1.5), r.points().stream().map(p -> p.fields().get("v")).toList());
        // the string, the missing field and the zero elapsed time
        assertEquals(3, r.node("derivative2").stats().errorCount());
    }

    @Test
    public void eachBatchStartsAfreshAndLosesItsFirstPoint() throws Exception {
        var r = run("stream|from().groupBy('host')|batchEvery(2)|derivative('v').unit(2s)|capture()",
                lines("m,host=a v=0.0 0", "m,host=b v=1.0 " + S, "m,host=a v=4.0 " + 2 * S, "m,host=b v=9.0 " + 3 * S,
                        "m,host=a v=16.0 " + 4 * S, "m,host=b v=25.0 " + 5 * S, "m,host=a v=36.0 " + 6 * S));
        // as the golden derivative-groups over 4s windows: a 4 then 20, b 8
        assertEquals(List.of("host=a:[4.0]", "host=b:[8.0]", "host=a:[20.0]"), r.captured().stream()
                .map(m -> (BufferedBatchMessage) m)
                .map(b -> b.group().id() + ":" + b.points().stream().map(p -> p.fields().get("v")).toList())
                .toList());
    }
}

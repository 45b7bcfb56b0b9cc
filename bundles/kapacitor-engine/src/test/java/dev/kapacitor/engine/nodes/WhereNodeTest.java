package dev.kapacitor.engine.nodes;

import static dev.kapacitor.engine.nodes.TestPipelines.lines;
import static dev.kapacitor.engine.nodes.TestPipelines.run;
import static org.junit.Assert.assertEquals;

import dev.kapacitor.api.model.Point;
import dev.kapacitor.engine.edge.BufferedBatchMessage;
import dev.kapacitor.engine.edge.Rows;
import java.util.List;
import org.junit.Test;

public class WhereNodeTest {
    @Test
    public void passesMatchingPointsAndDropsFailingOnes() throws Exception {
        var r = run("stream|from()|where(lambda: \"v\" > 2)|capture()",
                lines("m v=1i 1", "m v=3i 2", "m w=9i 3", "m v=1.5 4", "m v=5i 5"));
        assertEquals(List.of(2L, 5L), r.points().stream().map(Point::time).toList());
        // "w" only: missing field; 1.5 > 2 compares float with int, which is allowed
        assertEquals(1, r.node("where2").stats().errorCount());
    }

    @Test
    public void keepsStatefulFunctionsPerGroup() throws Exception {
        var r = run("stream|from().groupBy('host')|where(lambda: count() <= 2)|capture()",
                lines("m,host=a v=1 1", "m,host=b v=1 2", "m,host=a v=1 3", "m,host=a v=1 4", "m,host=b v=1 5"));
        assertEquals(List.of(1L, 2L, 3L, 5L), r.points().stream().map(Point::time).toList());
        assertEquals(0, r.node("where2").stats().errorCount());
    }

    @Test
    public void filtersThePointsOfBatches() throws Exception {
        var r = run("stream|from()|batchEvery(3)|where(lambda: \"v\" != 2)|capture()",
                lines("m,h=a v=1i 1000000000", "m,h=a v=2i 2000000000", "m,h=a v=3i 3000000000"));
        BufferedBatchMessage b = (BufferedBatchMessage) r.captured().get(0);
        assertEquals(2, b.points().size());
        assertEquals("{\"series\":[{\"name\":\"m\",\"columns\":[\"time\",\"h\",\"v\"],\"values\":"
                        + "[[\"1970-01-01T00:00:01Z\",\"a\",1],[\"1970-01-01T00:00:03Z\",\"a\",3]]}]}\n",
                dev.kapacitor.api.gofmt.GoJson.result(List.of(Rows.of(b))));
    }
}

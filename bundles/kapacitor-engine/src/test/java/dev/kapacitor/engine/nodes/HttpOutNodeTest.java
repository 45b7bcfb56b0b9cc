package dev.kapacitor.engine.nodes;

import static dev.kapacitor.engine.nodes.TestPipelines.T0;
import static dev.kapacitor.engine.nodes.TestPipelines.lines;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.kapacitor.api.gofmt.GoJson;
import dev.kapacitor.api.model.Result;
import dev.kapacitor.engine.runtime.EngineServices;
import org.junit.Test;

public class HttpOutNodeTest {
    @Test
    public void keepsTheLastPointOfEachGroupInFirstSeenOrder() throws Exception {
        try (EngineServices services = new EngineServices()) {
            var r = TestPipelines.start("stream|from().groupBy('host')|httpOut('out')|capture()", services);
            assertEquals("{\"series\":[]}\n", GoJson.result(r.task.output("out").orElseThrow().result().series()));
            r.write(lines("cpu,host=b v=1 " + T0, "cpu,host=a v=2i " + (T0 + 1_000_000_000),
                    "cpu,host=b v=3,w=\"x\" " + (T0 + 2_500_000_000L)));
            r.finish();
            Result result = r.task.output("out").orElseThrow().result();
            assertEquals("{\"series\":[{\"name\":\"cpu\",\"tags\":{\"host\":\"b\"},\"columns\":[\"time\",\"v\",\"w\"],"
                    + "\"values\":[[\"2020-01-01T00:00:02.5Z\",3,\"x\"]]},"
                    + "{\"name\":\"cpu\",\"tags\":{\"host\":\"a\"},\"columns\":[\"time\",\"v\"],"
                    + "\"values\":[[\"2020-01-01T00:00:01Z\",2]]}]}\n", GoJson.result(result.series()));
            assertEquals(3, r.captured().size());
            assertEquals(2, (long) r.task.executionStats().entrySet().stream()
                    .filter(e -> e.getKey().equals("node-stats")).map(e -> ((java.util.Map<?, ?>) e.getValue())
                            .get("http_out2")).map(m -> (Long) ((java.util.Map<?, ?>) m).get("working_cardinality"))
                    .findFirst().orElseThrow());
            assertTrue(r.task.output("nope").isEmpty());
        }
    }
}

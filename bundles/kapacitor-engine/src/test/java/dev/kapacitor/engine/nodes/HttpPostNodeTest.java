package dev.kapacitor.engine.nodes;

import static dev.kapacitor.engine.nodes.TestPipelines.T0;
import static dev.kapacitor.engine.nodes.TestPipelines.lines;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.kapacitor.api.model.Point;
import dev.kapacitor.engine.conformance.Collector;
import dev.kapacitor.engine.runtime.EngineServices;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class HttpPostNodeTest {
    private Collector collector;

    @Before
    public void open() throws Exception {
        collector = new Collector();
    }

    @After
    public void close() {
        collector.close();
    }

    @Test
    public void postsEveryPointInOrderAsAResultWithHeaders() throws Exception {
        var r = TestPipelines.run("stream|from()|httpPost('" + collector.url() + "/out').header('X-Team', 'ops')",
                lines("m,h=a v=1.5 " + T0, "m,h=b s=\"<x>\" " + (T0 + 1)));
        assertEquals(List.of(
                "{\"series\":[{\"name\":\"m\",\"tags\":{\"h\":\"a\"},\"columns\":[\"time\",\"v\"],"
                        + "\"values\":[[\"2020-01-01T00:00:00Z\",1.5]]}]}\n",
                "{\"series\":[{\"name\":\"m\",\"tags\":{\"h\":\"b\"},\"columns\":[\"time\",\"s\"],"
                        + "\"values\":[[\"2020-01-01T00:00:00.000000001Z\",\"\\u003cx\\u003e\"]]}]}\n"),
                collector.received("/").get("out"));
        var h = collector.headers().get(0);
        assertEquals(List.of("application/json"), h.get("Content-type"));
        assertEquals(List.of("ops"), h.get("X-team"));
    }

    @Test
    public void postsBatchesAsOneRow() throws Exception {
        TestPipelines.run("stream|from().groupBy('h')|batchEvery(2)|httpPost('" + collector.url() + "/b')",
                lines("m,h=a,x=1 v=1i " + T0, "m,h=a v=2i,w=3i " + (T0 + 1_000_000_000)));
        assertEquals(List.of("{\"series\":[{\"name\":\"m\",\"tags\":{\"h\":\"a\"},\"columns\":[\"time\",\"v\",\"x\"],"
                        + "\"values\":[[\"2020-01-01T00:00:00Z\",1,\"1\"],[\"2020-01-01T00:00:01Z\",2,null]]}]}\n"),
                collector.received("/").get("b"));
    }

    @Test
    public void errorsAreCountedOnTheNodeAndDataFlowsOn() throws Exception {
        collector.respondWith(500);
        var r = TestPipelines.run("stream|from()|httpPost('" + collector.url() + "/e')|capture()",
                lines("m v=1 1", "m v=2 2", "m v=3 3"));
        assertEquals(3, r.captured().size());
        assertEquals(3, r.node("http_post2").stats().errorCount());
        var bad = TestPipelines.run("stream|from()|httpPost('not a url')|capture()", lines("m v=1 1"));
        assertEquals(1, bad.node("http_post2").stats().errorCount());
    }

    @Test
    public void aSlowReceiverDoesNotHoldUpThePipelineAndTimesOut() throws Exception {
        collector.delay(400);
        try (EngineServices services = new EngineServices()) {
            var r = TestPipelines.start("stream|from()|httpPost('" + collector.url() + "/slow').timeout(100ms)|capture()",
                    services);
            long t0 = System.nanoTime();
            r.write(lines("m v=1 1", "m v=2 2", "m v=3 3"));
            while (r.captured().size() < 3 && System.nanoTime() - t0 < 5_000_000_000L) {
                Thread.sleep(5);
            }
            assertTrue("the pipeline waited on the network", System.nanoTime() - t0 < 300_000_000L);
            r.finish();
            assertEquals(3, r.node("http_post2").stats().errorCount());
        }
    }

    @Test
    public void codeFieldAddsTheStatusAfterTheResponseInOrder() throws Exception {
        collector.delay(20);
        var r = TestPipelines.run("stream|from()|httpPost('" + collector.url() + "/c').codeField('code')|capture()",
                lines("m v=1 1", "m v=2 2", "m v=3 3"));
        assertEquals(List.of("{code=200, v=1.0}", "{code=200, v=2.0}", "{code=200, v=3.0}"),
                r.points().stream().map(Point::fields).map(Object::toString).toList());
        var failed = TestPipelines.run("stream|from()|httpPost('http://127.0.0.1:1/x').codeField('code')|capture()",
                lines("m v=1 1"));
        assertEquals("{code=0, v=1.0}", failed.points().get(0).fields().toString());
    }
}

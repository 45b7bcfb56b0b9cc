package dev.kapacitor.engine.nodes;

import static dev.kapacitor.engine.nodes.TestPipelines.lines;
import static dev.kapacitor.engine.nodes.TestPipelines.run;
import static org.junit.Assert.assertEquals;

import dev.kapacitor.api.gofmt.GoJson;
import dev.kapacitor.engine.edge.BufferedBatchMessage;
import dev.kapacitor.engine.edge.Rows;
import java.util.List;
import org.junit.Test;

public class FlattenNodeTest {
    @Test
    public void emitsAPointsSetWhenAPointOfAnotherTimeArrives() throws Exception {
        var r = run("stream|from()|flatten().on('host')|capture()",
                lines("m,host=a v=1i,w=2i 1", "m,host=b v=3i 1", "m,host=a v=4i 2"));
        assertEquals(List.of("m@1{}{a.v=1, a.w=2, b.v=3}"),
                r.points().stream().map(p -> p.name() + "@" + p.time() + p.tags() + p.fields()).toList());
    }

    @Test
    public void flattensTheSetsOfABatchAndTheLastOneAtItsEnd() throws Exception {
        // the first 4s window of the golden flatten-multi-delimiter
        var r = run("stream|from()|batchEvery(5)|flatten().on('host', 'port').delimiter('_').tolerance(1s)|capture()",
                lines("m,host=a,port=80 v=0.0 1577836800100000000", "m,host=b,port=80 v=1.0 1577836800200000000",
                        "m,host=a,port=443 v=2.0 1577836800300000000", "m,host=a,port=80 v=3.0 1577836801900000000",
                        "m,host=b,port=80 v=4.0 1577836802200000000"));
        assertEquals("{\"series\":[{\"name\":\"m\",\"columns\":[\"time\",\"a_443_v\",\"a_80_v\",\"b_80_v\"],\"values\":"
                        + "[[\"2020-01-01T00:00:00Z\",2,0,1],[\"2020-01-01T00:00:02Z\",null,3,4]]}]}\n",
                GoJson.result(List.of(Rows.of((BufferedBatchMessage) r.captured().get(0)))));
    }

    @Test
    public void aPointMissingATagIsLeftOutAndItsPartialNameLeaksIntoTheNextAsInKapacitor() throws Exception {
        var r = run("stream|from()|flatten().on('host', 'port')|capture()",
                lines("m,host=a v=1i 1", "m,host=b,port=2 v=2i 1", "m,host=c,port=3 v=3i 2"));
        assertEquals(List.of("{ab.2.v=2}"), r.points().stream().map(p -> p.fields().toString()).toList());
        assertEquals(1, r.node("flatten2").stats().errorCount());
    }
}

package dev.kapacitor.engine.nodes;

import static dev.kapacitor.engine.nodes.TestPipelines.lines;
import static dev.kapacitor.engine.nodes.TestPipelines.run;
import static org.junit.Assert.assertEquals;

import dev.kapacitor.engine.edge.BufferedBatchMessage;
import dev.kapacitor.engine.edge.PointMessage;
import java.util.List;
import org.junit.Test;

public class LogNodeTest {
    @Test
    public void passesDataOnAndFormatsKapacitorsKeys() throws Exception {
        var r = run("stream|from().groupBy('h')|log().prefix('my log').level('warn')|capture()",
                lines("m,h=a v=1.5,s=\"x y\" 1577836800000000000"));
        LogNode log = (LogNode) r.node("log2");
        assertEquals("msg=point task=test node=log2 prefix=\"my log\" name=m db=db rp=rp group=h=a dimension_0=h tag_h=a"
                + " field_s=\"x y\" field_v=1.5 time=2020-01-01T00:00:00Z", log.line((PointMessage) r.captured().get(0)));
    }

    @Test
    public void logsABatchAsItsBeginAndEachPoint() throws Exception {
        var r = run("stream|from().groupBy('h')|batchEvery(2)|log()|capture()", lines("m,h=a v=1i 1", "m,h=a v=2i 2"));
        LogNode log = (LogNode) r.node("log3");
        assertEquals(List.of("msg=\"begin batch\" task=test node=log3 prefix= name=m group=h=a tag_h=a time=1970-01-01T00:00:00.000000002Z",
                "msg=\"batch point\" task=test node=log3 prefix= name=m group=h=a tag_h=a field_v=1 time=1970-01-01T00:00:00.000000001Z",
                "msg=\"batch point\" task=test node=log3 prefix= name=m group=h=a tag_h=a field_v=2 time=1970-01-01T00:00:00.000000002Z"),
                log.lines((BufferedBatchMessage) r.captured().get(0)));
    }
}

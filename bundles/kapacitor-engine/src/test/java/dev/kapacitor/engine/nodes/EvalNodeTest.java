package dev.kapacitor.engine.nodes;

import static dev.kapacitor.engine.nodes.TestPipelines.lines;
import static dev.kapacitor.engine.nodes.TestPipelines.run;
import static org.junit.Assert.assertEquals;

import dev.kapacitor.api.model.Point;
import dev.kapacitor.engine.edge.BufferedBatchMessage;
import java.util.List;
import org.junit.Test;

public class EvalNodeTest {
    private static String fields(Point p) {
        return p.tags() + " " + p.fields();
    }

    @Test
    public void replacesFieldsWithResults() throws Exception {
        var r = run("stream|from()|eval(lambda: \"a\" * 2.0, lambda: \"i\" / 3).as('x', 'y')|capture()",
                lines("m,t=1 a=1.5,i=7i 1"));
        assertEquals("{t=1} {x=3.0, y=2}", fields(r.points().get(0)));
    }

    @Test
    public void keepAddsResultsToTheFields() throws Exception {
        var r = run("stream|from()|eval(lambda: \"a\" * 2.0).as('a').keep()|capture()", lines("m a=1.5,b=true 1"));
        assertEquals("{} {a=3.0, b=true}", fields(r.points().get(0)));
    }

    @Test
    public void keepListKeepsExactlyTheNamedFieldsAndDropsPointsMissingOne() throws Exception {
        var r = run("stream|from()|eval(lambda: \"a\" * 2.0).as('x').keep('x', 'b')|capture()",
                lines("m a=1.0,b=2i,c=3i 1", "m a=2.0 2"));
        assertEquals(1, r.points().size());
        assertEquals("{} {b=2, x=2.0}", fields(r.points().get(0)));
        assertEquals(1, r.node("eval2").stats().errorCount());
    }

    @Test
    public void tagsTurnStringResultsIntoTagsAndKeepAlsoKeepsThemAsFields() throws Exception {
        var tags = run("stream|from()|eval(lambda: string(\"c\"), lambda: \"v\").as('cs', 'v2').tags('cs')|capture()",
                lines("m,h=a c=200i,v=1.5 1"));
        assertEquals("{cs=200, h=a} {v2=1.5}", fields(tags.points().get(0)));
        var kept = run("stream|from()|eval(lambda: string(\"c\")).as('cs').tags('cs').keep()|capture()",
                lines("m,h=a c=200i 1"));
        assertEquals("{cs=200, h=a} {c=200, cs=200}", fields(kept.points().get(0)));
    }

    @Test
    public void aTagResultMustBeAString() throws Exception {
        var r = run("stream|from()|eval(lambda: \"c\").as('t').tags('t')|capture()", lines("m c=1i 1"));
        assertEquals(0, r.points().size());
        assertEquals(1, r.node("eval2").stats().errorCount());
    }

    @Test
    public void laterLambdasSeeEarlierResultsUnlessThePointHasThatName() throws Exception {
        var r = run("stream|from()|eval(lambda: \"a\" * 2.0, lambda: \"x\" + 1.0, lambda: \"a\" + 100.0).as('x', 'y', 'a')"
                + "|eval(lambda: \"a\" + 1.0, lambda: \"a\").as('a', 'b')|capture()", lines("m a=1.0 1"));
        // first eval: x=2, y=3, a=101; second: a=102, then "a" reads the point's field a=101, not the new 102
        assertEquals("{} {a=102.0, b=101.0}", fields(r.points().get(0)));
    }

    @Test
    public void intAndFloatDoNotMix() throws Exception {
        var r = run("stream|from()|eval(lambda: \"i\" + 1.5).as('bad')|capture()", lines("m i=1i 1", "m i=2i 2"));
        assertEquals(0, r.points().size());
        assertEquals(2, r.node("eval2").stats().errorCount());
    }

    @Test
    public void statefulFunctionsCountPerGroupAcrossBatches() throws Exception {
        var r = run("stream|from().groupBy('h')|batchEvery(2)|eval(lambda: count()).as('n')|capture()",
                lines("m,h=a v=1 1", "m,h=b v=1 2", "m,h=a v=1 3", "m,h=a v=1 4", "m,h=b v=1 5", "m,h=a v=1 6"));
        List<String> counts = r.captured().stream()
                .map(m -> ((BufferedBatchMessage) m).group().id() + ":" + ((BufferedBatchMessage) m).points().stream()
                        .map(p -> p.fields().get("n").toString()).toList())
                .toList();
        assertEquals(List.of("h=a:[1, 2]", "h=b:[1, 2]", "h=a:[3, 4]"), counts);
    }
}

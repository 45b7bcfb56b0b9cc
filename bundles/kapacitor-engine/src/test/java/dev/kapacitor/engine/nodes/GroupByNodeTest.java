package dev.kapacitor.engine.nodes;

import static dev.kapacitor.engine.nodes.Described.at;
import static dev.kapacitor.engine.nodes.TestPipelines.lines;
import static dev.kapacitor.engine.nodes.TestPipelines.run;
import static org.junit.Assert.assertEquals;

import dev.kapacitor.engine.edge.Group;
import dev.kapacitor.engine.edge.Message;
import java.util.List;
import org.junit.Test;

public class GroupByNodeTest {
    private static final String[] IN = {
        at(0, "cpu,host=a,dc=x,cpu=0 v=1i"), at(1, "mem,host=a,dc=y v=2i"), at(2, "cpu,dc=x,cpu=1 v=3i")};

    private static List<String> groups(String script) throws Exception {
        return run(script, lines(IN)).captured().stream().map(Message::group).map(Group::id).toList();
    }

    @Test
    public void regroupsPointsByTagsAMissingTagBeingEmpty() throws Exception {
        assertEquals(List.of("host=a", "host=a", "host="), groups("stream|from().groupBy('dc')|groupBy('host')|capture()"));
        assertEquals(List.of("dc=x,host=a", "dc=y,host=a", "dc=x,host="),
                groups("stream|from()|groupBy('host', 'dc')|capture()"));
    }

    @Test
    public void starGroupsByEveryTagButTheExcluded() throws Exception {
        assertEquals(List.of("cpu=0,dc=x,host=a", "dc=y,host=a", "cpu=1,dc=x"), groups("stream|from()|groupBy(*)|capture()"));
        assertEquals(List.of("dc=x,host=a", "dc=y,host=a", "dc=x"),
                groups("stream|from()|groupBy(*).exclude('cpu')|capture()"));
    }

    @Test
    public void groupingByMeasurementIsKeptOnceAskedFor() throws Exception {
        assertEquals(List.of("cpu\nhost=a", "mem\nhost=a", "cpu\nhost="),
                groups("stream|from()|groupBy('host').byMeasurement()|capture()"));
        assertEquals(List.of("cpu\nhost=a", "mem\nhost=a", "cpu\nhost="),
                groups("stream|from().groupByMeasurement()|groupBy('host')|capture()"));
    }

    @Test
    public void regroupedBatchesWaitForABatchOfAnotherTimeAndMergeEqualTimes() throws Exception {
        var r = run("stream|from().groupBy('h')|window().period(2s).every(2s).align()|groupBy('dc')|capture()", lines(
                at(0, "m,h=a,dc=x v=1i"), at(0.5, "m,h=b,dc=x v=2i"), at(1, "m,h=a,dc=y v=3i"),
                at(0.2, "m,h=b,dc=y v=4i"),
                // closes h=a's window [0, 2): nothing comes out yet, groupBy holds the 2s batches
                at(2, "m,h=a,dc=x v=5i"),
                // closes h=b's window [0, 2) with the same time: merged into the held groups, sorted by time
                at(3, "m,h=b,dc=x v=6i"),
                at(4, "m,h=a,dc=x v=7i")));
        assertEquals(List.of(
                        "m[dc=x]@2{dc=x}(0:{v=1}{dc=x, h=a}, 0.5:{v=2}{dc=x, h=b})",
                        "m[dc=y]@2{dc=y}(0.2:{v=4}{dc=y, h=b}, 1:{v=3}{dc=y, h=a})"),
                Described.all(r.captured()));
        // the 4s batch of h=a released the 2s ones and is held in turn
        assertEquals(3, r.node("groupby3").stats().collectedCount());
    }

    @Test
    public void checksDimensionsLikeKapacitor() {
        assertEquals("exclude requires '*'", WindowNodeTest.specError("stream|from()|groupBy('a').exclude('b')"));
        assertEquals("cannot group by both '*' and named dimensions.",
                WindowNodeTest.specError("stream|from()|groupBy(*, 'a')"));
    }
}

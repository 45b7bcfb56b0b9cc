package dev.kapacitor.engine.nodes;

import static dev.kapacitor.engine.nodes.TestPipelines.lines;
import static org.junit.Assert.assertEquals;

import dev.kapacitor.engine.edge.Message;
import dev.kapacitor.engine.edge.PointMessage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.Test;

/**
 * A task without group-idle-ttl hands its points to stream and from() as runs: what any node
 * downstream sees, and in which order, is what it saw point by point.
 */
public class PointRunsTest {
    private static final List<String> BODY = List.of("m,host=a v=1i 1000", "x,host=a v=2i 2000",
            "m,host=b v=3i 3000", "m,host=a v=4i 4000", "x,host=b v=5i 5000", "m,host=b v=6i 6000");

    @Test
    public void branchesBelowFromSeeThePointsInTurn() throws Exception {
        var r = TestPipelines.run("var f = stream|from().measurement('m')\nf|capture()\nf|capture()",
                lines(BODY.toArray(new String[0])));
        List<String> seen = new ArrayList<>();
        record Seen(long at, String what) { }
        List<Seen> all = new ArrayList<>();
        int branch = 0;
        for (var n : r.task.nodes()) {
            if (n instanceof TestPipelines.CaptureNode c) {
                for (int i = 0; i < c.messages.size(); i++) {
                    all.add(new Seen(c.pointsSeenAt.get(i), branch + ":" + value(c.messages.get(i))));
                }
                branch++;
            }
        }
        all.sort(Comparator.comparingLong(Seen::at));
        all.forEach(s -> seen.add(s.what()));
        assertEquals(List.of("0:1", "1:1", "0:3", "1:3", "0:4", "1:4", "0:6", "1:6"), seen);
    }

    @Test
    public void fromGroupsAndFiltersARunAsItDoesPointByPoint() throws Exception {
        var r = TestPipelines.run("stream|from().measurement('m').groupBy('host').truncate(2u)|capture()",
                lines(BODY.toArray(new String[0])));
        List<String> seen = r.captured().stream()
                .map(m -> ((PointMessage) m).group().id() + "@" + ((PointMessage) m).time() + "=" + value(m)).toList();
        assertEquals(List.of("host=a@0=1", "host=b@2000=3", "host=a@4000=4", "host=b@6000=6"), seen);
        assertEquals(6, r.node("stream0").stats().collectedCount());
        assertEquals(4, r.node("from1").stats().emittedCount());
    }

    private static Object value(Message m) {
        return ((PointMessage) m).point().fields().get("v");
    }
}

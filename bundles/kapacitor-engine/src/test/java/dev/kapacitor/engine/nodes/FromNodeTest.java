package dev.kapacitor.engine.nodes;

import static dev.kapacitor.engine.nodes.TestPipelines.T0;
import static dev.kapacitor.engine.nodes.TestPipelines.lines;
import static dev.kapacitor.engine.nodes.TestPipelines.linesIn;
import static dev.kapacitor.engine.nodes.TestPipelines.run;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;

import dev.kapacitor.api.model.Point;
import dev.kapacitor.engine.edge.Group;
import dev.kapacitor.engine.edge.Message;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

public class FromNodeTest {
    @Test
    public void selectsByDatabaseRetentionPolicyAndMeasurement() throws Exception {
        List<Point> in = new ArrayList<>(linesIn("db", "rp", "cpu v=1 1", "mem v=2 2"));
        in.addAll(linesIn("db", "other", "cpu v=3 3"));
        in.addAll(linesIn("db2", "rp", "cpu v=4 4"));
        in.addAll(linesIn("db", "rp", "cpu v=5 5"));
        var r = run("stream|from().database('db').retentionPolicy('rp').measurement('cpu')|capture()", in);
        assertEquals(List.of(1L, 5L), r.points().stream().map(Point::time).toList());
        assertEquals(5, r.node("from1").stats().collectedCount());
        assertEquals(2, r.node("from1").stats().emittedCount());
    }

    @Test
    public void whereDropsPointsMissingTheFieldAndCountsTheError() throws Exception {
        var r = run("stream|from().where(lambda: \"a\" > 1 AND \"host\" != 'x')|capture()",
                lines("m,host=a a=2i 1", "m,host=a b=5i 2", "m,host=x a=3i 3", "m,host=b a=4i 4"));
        assertEquals(List.of(1L, 4L), r.points().stream().map(Point::time).toList());
        assertEquals(1, r.node("from1").stats().errorCount());
    }

    @Test
    public void truncatesThenRoundsTimes() throws Exception {
        var r = run("stream|from().truncate(10s)|capture()",
                lines("m v=1 " + (T0 + 9_999_000_000L), "m v=2 " + (T0 + 10_000_000_000L)));
        assertEquals(List.of(T0, T0 + 10_000_000_000L), r.points().stream().map(Point::time).toList());
        var rounded = run("stream|from().round(1s)|capture()", lines("m v=1 " + (T0 + 499_999_999L), "m v=2 " + (T0 + 500_000_000L)));
        assertEquals(List.of(T0, T0 + 1_000_000_000L), rounded.points().stream().map(Point::time).toList());
    }

    @Test
    public void assignsGroups() throws Exception {
        List<Point> in = lines("cpu,host=a,dc=x v=1 1", "mem,dc=y v=2 2");
        assertEquals(List.of("dc=x,host=a", "dc=y,host="), groups(run("stream|from().groupBy('host', 'dc')|capture()", in)));
        assertEquals(List.of("cpu\nhost=a", "mem\nhost="),
                groups(run("stream|from().groupBy('host').groupByMeasurement()|capture()", in)));
        assertEquals(List.of("dc=x,host=a", "dc=y"), groups(run("stream|from().groupBy(*)|capture()", in)));
        assertEquals(List.of("cpu", "mem"), groups(run("stream|from().groupByMeasurement()|capture()", in)));
        var none = run("stream|from()|capture()", in);
        assertSame(Group.NIL, none.captured().get(0).group());
    }

    private static List<String> groups(TestPipelines.Run r) {
        return r.captured().stream().map(Message::group).map(Group::id).toList();
    }
}

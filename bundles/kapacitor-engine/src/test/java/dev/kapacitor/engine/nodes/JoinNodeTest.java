package dev.kapacitor.engine.nodes;

import static dev.kapacitor.engine.nodes.TestPipelines.lines;
import static dev.kapacitor.engine.nodes.TestPipelines.run;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import dev.kapacitor.api.gofmt.GoJson;
import dev.kapacitor.api.model.Point;
import dev.kapacitor.engine.edge.BufferedBatchMessage;
import dev.kapacitor.engine.edge.Rows;
import dev.kapacitor.engine.pipeline.SpecException;
import java.util.List;
import org.junit.Test;

public class JoinNodeTest {
    private static final String AB = "var a = stream|from().measurement('a')\nvar b = stream|from().measurement('b')\n";

    private static List<String> points(TestPipelines.Run r) {
        return r.points().stream().map(p -> p.name() + "@" + p.time() + p.tags() + p.fields()).toList();
    }

    @Test
    public void fillWithANumberCreatesTheMissingSidesFieldsNamedAfterThePresentOnes() throws Exception {
        var r = run(AB + "a|join(b).as('a', 'b').fill(0.0)|capture()",
                lines("a,h=x v=1.0,w=2i 1", "b v=5.0 2", "a v=3.0 3", "b v=6.0 3"));
        assertEquals(List.of("a@1{}{a.v=1.0, a.w=2, b.v=0.0, b.w=0.0}", "b@2{}{a.v=0.0, b.v=5.0}", "a@3{}{a.v=3.0, b.v=6.0}"),
                points(r));
    }

    @Test
    public void fillNullGivesFieldsWithoutValue() throws Exception {
        var r = run(AB + "a|join(b).as('a', 'b').fill('null')|capture()", lines("a v=1.0 1", "b v=5.0 2", "a v=2.0 3"));
        assertEquals("{\"series\":[{\"name\":\"a\",\"columns\":[\"time\",\"a.v\",\"b.v\"],"
                        + "\"values\":[[\"1970-01-01T00:00:00.000000001Z\",1,null]]}]}\n",
                GoJson.result(List.of(Rows.of((dev.kapacitor.engine.edge.PointMessage) r.captured().get(0)))));
    }

    @Test
    public void streamNameAndDelimiterNameTheOutput() throws Exception {
        var r = run(AB + "a|join(b).as('x', 'y').streamName('j').delimiter('_')|capture()", lines("a v=1i 1", "b v=2i 1"));
        assertEquals(List.of("j@1{}{x_v=1, y_v=2}"), points(r));
    }

    @Test
    public void incompleteSetsAreEmittedWhenTheTaskStops() throws Exception {
        var r = run(AB + "a|join(b).as('a', 'b').fill(-1)|capture()", lines("a v=1i 1", "a v=2i 2"));
        assertEquals(List.of("a@1{}{a.v=1, b.v=-1}", "a@2{}{a.v=2, b.v=-1}"), points(r));
    }

    @Test
    public void joinsBatchesPointByPointOnRoundedTimes() throws Exception {
        var r = run(AB + "a|batchEvery(3)|join(b|batchEvery(2)).as('a', 'b').tolerance(10u)|capture()",
                lines("a v=1i 10000", "b v=10i 12000", "a v=2i 20000", "b v=30i 38000", "a v=3i 40000"));
        BufferedBatchMessage b = (BufferedBatchMessage) r.captured().get(0);
        // both batches end at 40us (rounded); inside, a@20us has no partner and is left out
        assertEquals("{\"series\":[{\"name\":\"a\",\"columns\":[\"time\",\"a.v\",\"b.v\"],\"values\":"
                        + "[[\"1970-01-01T00:00:00.00001Z\",1,10],[\"1970-01-01T00:00:00.00004Z\",3,30]]}]}\n",
                GoJson.result(List.of(Rows.of(b))));
    }

    @Test
    public void checksTheAsNamesAgainstTheParents() {
        assertEquals("number of prefixes specified by join.as() must match the number of joined streams",
                assertThrows(SpecException.class, () -> TestPipelines.spec(AB + "a|join(b).as('a')")).getMessage());
        assertEquals("cannot use name a.x as field prefix, it contains the delimiter \".\"\t",
                assertThrows(SpecException.class, () -> TestPipelines.spec(AB + "a|join(b).as('a.x', 'b')")).getMessage());
        assertEquals("a call to join.as() is required to specify the output stream prefixes.",
                assertThrows(SpecException.class, () -> TestPipelines.spec(AB + "a|join(b)")).getMessage());
    }

    @Test
    public void everyParentMustGiveTheReceiversEdgeType() {
        assertEquals("line 3 char 17: cannot add child mismatched edges: from gives stream, join wants batch",
                assertThrows(SpecException.class, () -> TestPipelines.spec(AB + "a|batchEvery(1)|join(b).as('a', 'b')")).getMessage());
    }

    @Test
    public void anUnknownFillStopsTheTaskFromStarting() {
        var spec = TestPipelines.spec(AB + "a|join(b).as('a', 'b').fill('zero')");
        try (var services = new dev.kapacitor.engine.runtime.EngineServices()) {
            assertEquals("unexpected fill option zero", assertThrows(IllegalArgumentException.class,
                    () -> dev.kapacitor.engine.runtime.ExecutingTask.create("t", dev.kapacitor.api.task.TaskType.STREAM, spec,
                            TestPipelines.registry(), services, 10, t -> { })).getMessage());
        }
    }

    @Test
    public void onMatchesSpecificPointsWithTheLessSpecificOnes() throws Exception {
        var r = run("var cpu = stream|from().measurement('cpu').groupBy('host', 'cpu')\n"
                        + "var load = stream|from().measurement('load').groupBy('host')\n"
                        + "cpu|join(load).as('cpu', 'load').on('host')|capture()",
                lines("load,host=a l=1i 1", "cpu,host=a,cpu=0 u=10i 1", "cpu,host=a,cpu=1 u=11i 1",
                        "load,host=a l=2i 2", "cpu,host=a,cpu=0 u=12i 2", "cpu,host=a,cpu=1 u=13i 2"));
        List<String> got = points(r);
        assertEquals(List.of("cpu@1{cpu=0, host=a}{cpu.u=10, load.l=1}", "cpu@1{cpu=1, host=a}{cpu.u=11, load.l=1}",
                "cpu@2{cpu=0, host=a}{cpu.u=12, load.l=2}", "cpu@2{cpu=1, host=a}{cpu.u=13, load.l=2}"), got);
        assertEquals(List.of(Point.class), r.points().stream().map(Object::getClass).distinct().toList());
    }
}

package dev.kapacitor.engine.nodes;

import static dev.kapacitor.engine.nodes.TestPipelines.lines;
import static org.junit.Assert.assertEquals;

import dev.kapacitor.api.model.Point;
import dev.kapacitor.engine.runtime.EngineServices;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/** The DOT and stats of an executing task, as Kapacitor shows them. */
public class ExecutionStatsTest {
    private static final String SCRIPT = "var d = stream|from().measurement('m')\n"
            + "d|where(lambda: \"v\" > 1)|capture()\n"
            + "d|eval(lambda: \"v\" * 2).as('v2')|capture()";

    @Test
    public void dotHasNodeStatsAndProcessedCountsPerEdge() throws Exception {
        // fewer than 16 messages per node: no timing sample yet, so avg_exec_time_ns is 0s
        var r = TestPipelines.run(SCRIPT, lines("m v=1i 1", "m v=2i 2", "m w=3i 3", "x v=4i 4"));
        assertEquals("digraph test {\n"
                + "graph [throughput=\"0.00 points/s\"];\n"
                + "\nstream0 [avg_exec_time_ns=\"0s\" errors=\"0\" working_cardinality=\"0\" ];\n"
                + "stream0 -> from1 [processed=\"4\"];\n"
                + "\nfrom1 [avg_exec_time_ns=\"0s\" errors=\"0\" working_cardinality=\"0\" ];\n"
                + "from1 -> eval4 [processed=\"3\"];\n"
                + "from1 -> where2 [processed=\"3\"];\n"
                + "\neval4 [avg_exec_time_ns=\"0s\" errors=\"1\" working_cardinality=\"1\" ];\n"
                + "eval4 -> capture5 [processed=\"2\"];\n"
                + "\ncapture5 [avg_exec_time_ns=\"0s\" errors=\"0\" working_cardinality=\"0\" ];\n"
                + "\nwhere2 [avg_exec_time_ns=\"0s\" errors=\"1\" working_cardinality=\"1\" ];\n"
                + "where2 -> capture3 [processed=\"1\"];\n"
                + "\ncapture3 [avg_exec_time_ns=\"0s\" errors=\"0\" working_cardinality=\"0\" ];\n"
                + "}", r.task.dot());
    }

    @Test
    public void labelsViewShowsTheSameStatsAsGraphvizLabels() throws Exception {
        var r = TestPipelines.run(SCRIPT, lines("m v=1i 1", "m v=2i 2", "m w=3i 3", "x v=4i 4"));
        assertEquals("digraph test {\n"
                + "graph [label=\"Throughput: 0.00 points/s\" forcelabels=true pad=\"0.8,0.5\"];\n"
                + "\nstream0 [xlabel=\"avg_exec_time_ns=0s\\rerrors=0\\rworking_cardinality=0\"];\n"
                + "stream0 -> from1 [label=\"processed=4\"];\n"
                + "\nfrom1 [xlabel=\"avg_exec_time_ns=0s\\rerrors=0\\rworking_cardinality=0\"];\n"
                + "from1 -> eval4 [label=\"processed=3\"];\n"
                + "from1 -> where2 [label=\"processed=3\"];\n"
                + "\neval4 [xlabel=\"avg_exec_time_ns=0s\\rerrors=1\\rworking_cardinality=1\"];\n"
                + "eval4 -> capture5 [label=\"processed=2\"];\n"
                + "\ncapture5 [xlabel=\"avg_exec_time_ns=0s\\rerrors=0\\rworking_cardinality=0\"];\n"
                + "\nwhere2 [xlabel=\"avg_exec_time_ns=0s\\rerrors=1\\rworking_cardinality=1\"];\n"
                + "where2 -> capture3 [label=\"processed=1\"];\n"
                + "\ncapture3 [xlabel=\"avg_exec_time_ns=0s\\rerrors=0\\rworking_cardinality=0\"];\n"
                + "}", r.task.dot(true));
    }

    @Test
    public void nodeSpecificStatsAreSortedIntoTheDot() throws Exception {
        var r = TestPipelines.run("stream|from()|default().field('x', 1).tag('t', 'v')|capture()", lines("m v=1i 1"));
        assertEquals(true, r.task.dot(false).contains("\ndefault2 [avg_exec_time_ns=\"0s\" errors=\"0\" "
                + "fields_defaulted=\"1\" tags_defaulted=\"1\" working_cardinality=\"0\" ];\n"));
        assertEquals(true, r.task.dot(true).contains("\ndefault2 [xlabel=\"avg_exec_time_ns=0s\\rerrors=0"
                + "\\rfields_defaulted=1\\rtags_defaulted=1\\rworking_cardinality=0\"];\n"));
    }

    @Test
    public void nodeStatsCountCollectedEmittedAndErrors() throws Exception {
        var r = TestPipelines.run(SCRIPT, lines("m v=1i 1", "m v=2i 2", "m w=3i 3", "x v=4i 4"));
        Map<String, Object> stats = r.task.executionStats();
        assertEquals(Map.of("throughput", 0.0), stats.get("task-stats"));
        Map<?, ?> nodes = (Map<?, ?>) stats.get("node-stats");
        assertEquals(Map.of("avg_exec_time_ns", 0L, "errors", 1L, "working_cardinality", 1L,
                "collected", 3L, "emitted", 1L), nodes.get("where2"));
        assertEquals(Map.of("avg_exec_time_ns", 0L, "errors", 0L, "working_cardinality", 0L,
                "collected", 4L, "emitted", 6L), nodes.get("from1"));
    }

    @Test
    public void eachEdgeIntoAFanInNodeCountsWhatThatParentSent() throws Exception {
        var r = TestPipelines.run("var a = stream|from().measurement('a')\nvar b = stream|from().measurement('b')\n"
                + "a|union(b)|capture()", lines("a v=1i 1", "b v=2i 2", "b v=3i 3", "c v=4i 4"));
        String dot = r.task.dot();
        assertEquals(true, dot.contains("from1 -> union4 [processed=\"1\"];\n"));
        assertEquals(true, dot.contains("from2 -> union4 [processed=\"2\"];\n"));
        assertEquals(3, r.node("union4").stats().collectedCount());
        assertEquals(4, r.node("stream0").stats().collectedCount());
        assertEquals(8, r.node("stream0").stats().emittedCount());
    }

    @Test
    public void avgExecTimeIsSampled() throws Exception {
        String[] many = new String[40];
        for (int i = 0; i < many.length; i++) {
            many[i] = "m v=" + i + "i " + (i + 1);
        }
        var r = runEach(SCRIPT, lines(many));
        long avg = r.node("eval4").stats().avgExecTimeNanos();
        assertEquals(true, avg > 0 && avg < 1_000_000_000L);
    }

    @Test
    public void theTaskTimesEverySixteenthPointInEveryNodeItReaches() throws Exception {
        List<String> nodes = List.of("stream0", "from1", "where2", "capture3", "eval4", "capture5");
        for (int points : new int[] {15, 16}) {
            String[] ls = new String[points];
            for (int i = 0; i < points; i++) {
                ls[i] = "m v=" + (i + 2) + "i " + (i + 1);
            }
            var r = runEach(SCRIPT, lines(ls));
            for (String n : nodes) {
                long avg = r.node(n).stats().avgExecTimeNanos();
                assertEquals(n + " after " + points + " points: " + avg, points == 16, avg > 0);
            }
        }
    }

    @Test
    public void aTimedRunOfPointsIsTimedInEveryNodeItReaches() throws Exception {
        List<Point> points = lines("m v=2i 1", "m v=3i 2", "m v=4i 3");
        try (EngineServices services = new EngineServices()) {
            var r = TestPipelines.start(SCRIPT, services);
            for (int i = 0; i < 15; i++) {
                r.write(points.subList(0, 1));
            }
            r.write(points);
            r.finish();
            for (String n : List.of("stream0", "from1", "where2", "capture3", "eval4", "capture5")) {
                assertEquals(n, true, r.node(n).stats().avgExecTimeNanos() > 0);
            }
            assertEquals(18, r.node("stream0").stats().collectedCount());
        }
    }

    /** Each point written alone: one message for the task each. */
    private static TestPipelines.Run runEach(String script, List<Point> points) throws Exception {
        try (EngineServices services = new EngineServices()) {
            var r = TestPipelines.start(script, services);
            for (Point p : points) {
                r.write(List.of(p));
            }
            return r.finish();
        }
    }
}

package dev.kapacitor.engine.nodes;

import static dev.kapacitor.engine.nodes.TestPipelines.T0;
import static dev.kapacitor.engine.nodes.TestPipelines.lines;
import static dev.kapacitor.engine.nodes.TestPipelines.run;
import static org.junit.Assert.assertEquals;

import dev.kapacitor.api.model.Point;
import dev.kapacitor.engine.edge.DeleteGroupMessage;
import dev.kapacitor.engine.edge.Message;
import dev.kapacitor.engine.edge.PointMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/** group-idle-ttl: groups without data for the ttl (in data time) are forgotten by every node. */
public class GroupExpiryTest {
    private static final long S = 1_000_000_000L;
    private static final String CHURN = "stream|from().measurement('m')|groupBy('host')"
            + "|where(lambda: \"v\" > 0)|window().period(10s).every(10s)|count('v')|derivative('count').unit(10s)"
            + "|httpOut('x')|capture()";

    /** One point a second from host "steady", and one from a host never seen before. */
    private static List<Point> churn(int seconds) {
        String[] ls = new String[2 * seconds];
        for (int i = 0; i < seconds; i++) {
            long t = T0 + i * S;
            ls[2 * i] = "m,host=steady v=1 " + t;
            ls[2 * i + 1] = "m,host=h" + i + " v=1 " + t;
        }
        return lines(ls);
    }

    private static Map<String, Long> cardinalities(TestPipelines.Run r) {
        Map<?, ?> nodes = (Map<?, ?>) r.task.executionStats().get("node-stats");
        Map<String, Long> out = new java.util.TreeMap<>();
        for (String n : List.of("where3", "window4", "count5", "derivative6", "http_out7")) {
            out.put(n, (Long) ((Map<?, ?>) nodes.get(n)).get("working_cardinality"));
        }
        return out;
    }

    @Test
    public void cardinalityStaysFlatWhenGroupsComeAndGo() throws Exception {
        // ttl 8s: after a sweep at second i, hosts last seen at i-8 or before are gone: 8 hosts + steady
        Map<String, Long> flat = Map.of("where3", 9L, "window4", 9L, "count5", 1L, "derivative6", 1L, "http_out7", 1L);
        assertEquals(flat, cardinalities(run(CHURN, churn(100), 8 * S)));
        assertEquals(flat, cardinalities(run(CHURN, churn(1000), 8 * S)));
    }

    @Test
    public void withoutTtlEveryGroupIsKept() throws Exception {
        assertEquals(Map.of("where3", 1001L, "window4", 1001L, "count5", 1L, "derivative6", 1L, "http_out7", 1L),
                cardinalities(run(CHURN, churn(1000))));
    }

    @Test
    public void dataAnywhereInTheTaskKeepsAGroupAliveInNodesThatSeeItSeldom() throws Exception {
        // derivative sees "steady" once per 10s window, longer than the ttl, yet keeps its state:
        // 99 windows give 98 derivatives, the same as without expiry
        var r = run(CHURN, churn(1000), 8 * S);
        assertEquals(98, r.points().size());
        assertEquals(98, run(CHURN, churn(1000)).points().size());
    }

    @Test
    public void joinsForgetTheirGroups() throws Exception {
        String ab = "var a = stream|from().measurement('a').groupBy('host', 'cpu')\n"
                + "var b = stream|from().measurement('b').groupBy('host')\n";
        String[] ls = new String[400];
        for (int i = 0; i < 100; i++) {
            long t = T0 + i * S;
            ls[4 * i] = "a,host=steady,cpu=c v=1 " + t;
            ls[4 * i + 1] = "b,host=steady v=1 " + t;
            ls[4 * i + 2] = "a,host=h" + i + ",cpu=c v=1 " + t;
            ls[4 * i + 3] = "b,host=h" + i + " v=1 " + t;
        }
        // without on(), a's groups (host, cpu) and b's (host) are different groups: two per host
        Map<String, Long> joins = Map.of("a|join(b).as('a', 'b')|capture()", 18L,
                "a|join(b).as('a', 'b').on('host')|capture()", 9L);
        for (String join : joins.keySet()) {
            var kept = run(ab + join, lines(ls));
            var expired = run(ab + join, lines(ls), 8 * S);
            assertEquals(join, joins.get(join), (Long) cardinality(expired, "join4"));
            assertSamePoints(join, kept.points(), expired.points());
            assertEquals(join, true, cardinality(kept, "join4") > 100);
        }
    }

    @Test
    public void aReturningGroupStartsAfresh() throws Exception {
        String script = "stream|from().measurement('m')|groupBy('host')|derivative('v').unit(1s)|capture()";
        List<Point> in = lines("m,host=a v=0 " + T0, "m,host=a v=1 " + (T0 + S),
                "m,host=b v=0 " + (T0 + 2 * S), "m,host=b v=0 " + (T0 + 7 * S),
                "m,host=a v=100 " + (T0 + 10 * S), "m,host=a v=101 " + (T0 + 11 * S));
        assertEquals(List.of(1.0, 11.0, 1.0), derivativesOfA(run(script, in)));
        // ttl 5s: at 7s, "a" (last seen at 1s) expires, so at 10s it has no previous value
        assertEquals(List.of(1.0, 1.0), derivativesOfA(run(script, in, 5 * S)));
    }

    private static List<Double> derivativesOfA(TestPipelines.Run r) {
        List<Double> out = new ArrayList<>();
        for (Point p : r.points()) {
            if ("a".equals(p.tags().get("host"))) {
                out.add((Double) p.fields().get("v"));
            }
        }
        return out;
    }

    @Test
    public void aGroupDeletionGoesOnOnlyFromGroupedNodesThatSawTheGroup() throws Exception {
        List<Point> in = lines("m,host=a v=1 1", "m,host=b delete=true 2", "m,host=a delete=true 3");
        var grouped = run("stream|from()|groupBy('host')|groupDelete()|where(lambda: TRUE)|capture()", in);
        assertEquals(List.of("point a", "delete a"), describe(grouped.captured()));
        assertEquals(0L, cardinality(grouped, "where4"));
        // not grouped in Kapacitor: passes every deletion on
        var plain = run("stream|from()|groupBy('host')|groupDelete()|default().field('x', 1)|capture()", in);
        assertEquals(List.of("point a", "delete b", "delete a"), describe(plain.captured()));
    }

    @Test
    public void deletionsAreNotCountedAsProcessed() throws Exception {
        var r = run("stream|from()|groupBy('host')|groupDelete()|where(lambda: TRUE)|capture()",
                lines("m,host=a v=1 1", "m,host=a delete=true 3"));
        Map<?, ?> where = (Map<?, ?>) ((Map<?, ?>) r.task.executionStats().get("node-stats")).get("where4");
        assertEquals(1L, where.get("collected"));
        assertEquals(1L, where.get("emitted"));
    }

    private static void assertSamePoints(String what, List<Point> expected, List<Point> actual) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            assertEquals(what + " point " + i, expected.get(i).toString(), actual.get(i).toString());
        }
        assertEquals(what + " points", expected.size(), actual.size());
    }

    private static long cardinality(TestPipelines.Run r, String node) {
        Map<?, ?> nodes = (Map<?, ?>) r.task.executionStats().get("node-stats");
        if (!nodes.containsKey(node)) {
            throw new AssertionError("no node " + node + " in " + nodes.keySet());
        }
        return (Long) ((Map<?, ?>) nodes.get(node)).get("working_cardinality");
    }

    private static List<String> describe(List<Message> ms) {
        List<String> out = new ArrayList<>();
        for (Message m : ms) {
            String host = m.group().tags().get("host");
            out.add(m instanceof PointMessage ? "point " + host : m instanceof DeleteGroupMessage ? "delete " + host : "?");
        }
        return out;
    }
}

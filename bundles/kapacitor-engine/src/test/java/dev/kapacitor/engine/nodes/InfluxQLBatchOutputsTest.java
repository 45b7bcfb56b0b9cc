package dev.kapacitor.engine.nodes;

import static dev.kapacitor.engine.nodes.InfluxQLRuns.SECOND;
import static dev.kapacitor.engine.nodes.InfluxQLRuns.T0;
import static dev.kapacitor.engine.nodes.InfluxQLRuns.at;
import static dev.kapacitor.engine.nodes.InfluxQLRuns.hostsAB;
import static dev.kapacitor.engine.nodes.InfluxQLRuns.rows;
import static org.junit.Assert.assertEquals;

import dev.kapacitor.api.model.Point;
import dev.kapacitor.engine.edge.BatchPointMessage;
import dev.kapacitor.engine.edge.BufferedBatchMessage;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/** distinct, top, bottom and holtWinters, which emit batches. */
public class InfluxQLBatchOutputsTest {
    private static final String BY_HOST = "stream|from().measurement('m').groupBy('host')|tumble(10s)";

    @Test
    public void distinctKeepsFirstSeenOrder() throws Exception {
        assertEquals(List.of(
                "{host=a} [time, distinct] [[00:10Z, 3.0], [00:10Z, 1.0], [00:10Z, 4.0], [00:10Z, 5.0], [00:10Z, 9.0], "
                        + "[00:10Z, 2.0], [00:10Z, 6.0]]",
                "{host=b} [time, distinct] [[00:10Z, 2.0], [00:10Z, 7.0], [00:10Z, 1.0], [00:10Z, 8.0]]",
                "{host=a} [time, distinct] [[00:20Z, 5.0], [00:20Z, 8.0], [00:20Z, 9.0], [00:20Z, 7.0], [00:20Z, 3.0], "
                        + "[00:20Z, 2.0], [00:20Z, 4.0]]",
                "{host=b} [time, distinct] [[00:20Z, 4.0], [00:20Z, 9.0], [00:20Z, 0.0], [00:20Z, 2.0], [00:20Z, 3.0], "
                        + "[00:20Z, 5.0]]"),
                rows(BY_HOST + "|distinct('v')|capture()", hostsAB("")));
    }

    @Test
    public void distinctAndCountOfStrings() throws Exception {
        var lines = at("m,host=a s=\"x\" 0", "m,host=a s=\"y\" 1", "m,host=a s=\"z\" 2", "m,host=a s=\"z\" 3",
                "m,host=a s=\"x\" 4", "m,host=a s=\"y\" 5", "m,host=a s=\"x\" 6", "m,host=a s=\"x\" 7",
                "m,host=a s=\"y\" 8", "m,host=a s=\"z\" 9", "m,host=a s=\"z\" 10", "m,host=a s=\"x\" 11",
                "m,host=a s=\"end\" 40");
        assertEquals(List.of("{host=a} [time, distinct] [[00:10Z, x], [00:10Z, y], [00:10Z, z]]",
                "{host=a} [time, distinct] [[00:20Z, z], [00:20Z, x]]"),
                rows("stream|from().groupBy('host')|tumble(10s)|distinct('s')|capture()", lines));
        assertEquals(List.of("{host=a} [time, count] [[00:10Z, 10]]", "{host=a} [time, count] [[00:20Z, 2]]"),
                rows("stream|from().groupBy('host')|tumble(10s)|count('s')|capture()", lines));
    }

    @Test
    public void distinctWithUsePointTimesKeepsTheFirstSeenTimes() throws Exception {
        assertEquals(List.of("[time, distinct] [[00:01Z, 5], [00:02Z, 3]]"),
                rows("stream|from()|tumble(10s)|distinct('v').usePointTimes()|capture()",
                        at("m v=5i 1", "m v=3i 2", "m v=5i 3", "m v=0i 10")));
    }

    @Test
    public void bottomComesOutInTimeOrderWithPointTimes() throws Exception {
        assertEquals(List.of(
                "{host=a} [time, bottom] [[00:01Z, 1.0], [00:03Z, 1.0], [00:06Z, 2.0]]",
                "{host=b} [time, bottom] [[00:00.5Z, 2.0], [00:02.5Z, 1.0], [00:06.5Z, 1.0]]",
                "{host=a} [time, bottom] [[00:15Z, 3.0], [00:16Z, 2.0], [00:17Z, 3.0]]",
                "{host=b} [time, bottom] [[00:13.5Z, 0.0], [00:16.5Z, 2.0], [00:17.5Z, 3.0]]"),
                rows(BY_HOST + "|bottom(3, 'v').usePointTimes()|capture()", hostsAB("")));
    }

    @Test
    public void topWithTagsKeepsOneResultPerTagValueAndShowsPointTagsAsColumns() throws Exception {
        var lines = at("m,host=h0 v=3.0,x=0i 0", "m,host=h1 v=1.0,x=1i 1", "m,host=h2 v=4.0,x=2i 2",
                "m,host=h0 v=1.0,x=3i 3", "m,host=h1 v=5.0,x=4i 4", "m,host=h2 v=9.0,x=5i 5",
                "m,host=h0 v=2.0,x=6i 6", "m,host=h1 v=6.0,x=7i 7", "m,host=h2 v=5.0,x=8i 8",
                "m,host=h0 v=3.0,x=9i 9", "m,host=h1 v=5.0,x=10i 10", "m,host=h2 v=8.0,x=11i 11",
                "m,host=h0 v=9.0,x=12i 12", "m,host=h1 v=7.0,x=13i 13", "m,host=h2 v=9.0,x=14i 14",
                "m,host=h0 v=3.0,x=15i 15", "m,host=h1 v=2.0,x=16i 16", "m,host=h2 v=3.0,x=17i 17",
                "m,host=h0 v=8.0,x=18i 18", "m,host=h1 v=4.0,x=19i 19", "m,host=h0 v=0.0,x=99i 40");
        assertEquals(List.of("[time, host, top] [[00:10Z, h2, 9.0], [00:10Z, h1, 6.0]]",
                "[time, host, top] [[00:20Z, h0, 9.0], [00:20Z, h2, 9.0]]"),
                rows("stream|from().measurement('m')|tumble(10s)|top(2, 'v', 'host', 'x')|capture()", lines));
        // without the extra names the same points win here
        assertEquals(List.of("[time, host, top] [[00:10Z, h2, 9.0], [00:10Z, h1, 6.0]]",
                "[time, host, top] [[00:20Z, h0, 9.0], [00:20Z, h2, 9.0]]"),
                rows("stream|from().measurement('m')|tumble(10s)|top(2, 'v')|capture()", lines));
    }

    @Test
    public void topPrefersEarlierPointsAmongEqualValues() throws Exception {
        assertEquals(List.of("[time, top] [[00:01Z, 7], [00:03Z, 7]]"),
                rows("stream|from()|tumble(10s)|top(2, 'v').usePointTimes()|capture()",
                        at("m v=7i 1", "m v=2i 2", "m v=7i 3", "m v=7i 4", "m v=0i 10")));
        assertEquals(List.of("(empty)"),
                rows("stream|from()|tumble(10s)|top(0, 'v')|capture()", at("m v=7i 1", "m v=0i 10")));
    }

    @Test
    public void holtWintersForecastsAfterTheLastPoint() throws Exception {
        double[] v = {10, 13, 16, 16, 19, 22, 22, 25, 28, 28, 31, 34, 34, 37, 40, 40, 43, 46, 46, 49};
        var r = InfluxQLRuns.run("stream|from().groupBy('host')|tumble(20s)|holtWinters('v', 3, 0, 1s)|capture()", series(v));
        BufferedBatchMessage b = (BufferedBatchMessage) r.captured().get(0);
        assertForecast(b, 20, 51.01277575683979, 53.0525689407412, 55.09861364857233);
        // the batch time is the last forecast's
        assertEquals(T0 + 22 * SECOND, b.begin().tmax());
    }

    @Test
    public void holtWintersWithFitAlsoGivesTheFittedValues() throws Exception {
        double[] v = {10, 14.5, 9, 13.5, 12, 16.5, 11, 15.5, 14, 18.5, 13, 17.5, 16, 20.5, 15, 19.5, 18, 22.5, 17, 21.5};
        var r = InfluxQLRuns.run("stream|from().groupBy('host')|tumble(20s)|holtWintersWithFit('v', 2, 4, 1s)|capture()",
                series(v));
        assertForecast((BufferedBatchMessage) r.captured().get(0), 0, 10, 13.651171289966642, 10.88139306749352,
                12.746744698394007, 13.027200926169037, 15.449316185521022, 12.30748424639052, 14.415461653570508,
                14.732574147223199, 17.470863603015477, 13.91909847026525, 16.301791574521896, 16.660361649295446,
                19.755943801616734, 15.740959720039418, 18.4340352917808, 18.8394626504386, 22.338782500129863,
                17.800393369534902, 20.84413132325341, 21.302516319112236, 25.258033571046028);
    }

    @Test
    public void holtWintersNeedsTwoPoints() throws Exception {
        assertEquals(List.of("(empty)"),
                rows("stream|from()|tumble(10s)|holtWinters('v', 3, 0, 1s)|capture()", at("m v=1 1", "m v=0 10")));
    }

    /** Host a, one point a second from 00:00, then one at 00:40 to close the window. */
    private static List<Point> series(double[] v) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < v.length; i++) {
            lines.add("m,host=a v=" + v[i] + " " + i);
        }
        lines.add("m,host=a v=0 40");
        return at(lines.toArray(new String[0]));
    }

    /** Points one second apart from {@code firstSecond}, within Kapacitor's recorded values' float tolerance. */
    private static void assertForecast(BufferedBatchMessage b, long firstSecond, double... expected) {
        List<BatchPointMessage> points = b.points();
        assertEquals(expected.length, points.size());
        for (int i = 0; i < expected.length; i++) {
            assertEquals(T0 + (firstSecond + i) * SECOND, points.get(i).time());
            double got = (Double) points.get(i).fields().get("holtWinters");
            assertEquals(expected[i], got, Math.abs(expected[i]) * 1e-9);
        }
    }
}

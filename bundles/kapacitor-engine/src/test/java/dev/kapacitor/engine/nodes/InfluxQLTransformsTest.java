package dev.kapacitor.engine.nodes;

import static dev.kapacitor.engine.nodes.InfluxQLRuns.at;
import static dev.kapacitor.engine.nodes.InfluxQLRuns.hostsAB;
import static dev.kapacitor.engine.nodes.InfluxQLRuns.rows;
import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;

/**
 * elapsed, difference, movingAverage and cumulativeSum: on batches they start over in every
 * batch; on a stream they run on, one point out per point in, at the point's time.
 */
public class InfluxQLTransformsTest {
    private static final String BY_HOST = "stream|from().measurement('m').groupBy('host')|tumble(10s)";
    private static final String STREAM = "stream|from().measurement('m').groupBy('host')";

    @Test
    public void cumulativeSumStartsOverInEveryWindow() throws Exception {
        List<String> rows = rows(BY_HOST + "|cumulativeSum('v')|capture()", hostsAB("i"));
        assertEquals(List.of(
                "{host=a} [time, cumulativeSum] [[00:00Z, 3], [00:01Z, 4], [00:02Z, 8], [00:03Z, 9], [00:04Z, 14], "
                        + "[00:05Z, 23], [00:06Z, 25], [00:07Z, 31], [00:08Z, 36], [00:09Z, 39]]",
                "{host=b} [time, cumulativeSum] [[00:00.5Z, 2], [00:01.5Z, 9], [00:02.5Z, 10], [00:04.5Z, 12], "
                        + "[00:05.5Z, 20], [00:06.5Z, 21], [00:08.5Z, 23], [00:09.5Z, 31]]",
                "{host=a} [time, cumulativeSum] [[00:10Z, 5], [00:11Z, 13], [00:12Z, 22], [00:13Z, 29], [00:14Z, 38], "
                        + "[00:15Z, 41], [00:16Z, 43], [00:17Z, 46], [00:18Z, 54], [00:19Z, 58]]",
                "{host=b} [time, cumulativeSum] [[00:10.5Z, 4], [00:12.5Z, 13], [00:13.5Z, 13], [00:14.5Z, 17], "
                        + "[00:16.5Z, 19], [00:17.5Z, 22], [00:18.5Z, 27]]"),
                rows);
    }

    @Test
    public void elapsedCountsWholeUnitsSinceThePreviousPointOfTheWindow() throws Exception {
        List<String> rows = rows(BY_HOST + "|elapsed('v', 500ms)|capture()", hostsAB(""));
        assertEquals("{host=a} [time, elapsed] [[00:01Z, 2], [00:02Z, 2], [00:03Z, 2], [00:04Z, 2], [00:05Z, 2], "
                + "[00:06Z, 2], [00:07Z, 2], [00:08Z, 2], [00:09Z, 2]]", rows.get(0));
        assertEquals("{host=b} [time, elapsed] [[00:01.5Z, 2], [00:02.5Z, 2], [00:04.5Z, 4], [00:05.5Z, 2], "
                + "[00:06.5Z, 2], [00:08.5Z, 4], [00:09.5Z, 2]]", rows.get(1));
        assertEquals(4, rows.size());
    }

    @Test
    public void movingAverageWaitsForAFullWindow() throws Exception {
        List<String> rows = rows(BY_HOST + "|movingAverage('v', 3)|capture()", hostsAB(""));
        assertEquals("{host=a} [time, movingAverage] [[00:02Z, 2.6666666666666665], [00:03Z, 2.0], "
                + "[00:04Z, 3.3333333333333335], [00:05Z, 5.0], [00:06Z, 5.333333333333333], [00:07Z, 5.666666666666667], "
                + "[00:08Z, 4.333333333333333], [00:09Z, 4.666666666666667]]", rows.get(0));
        assertEquals("{host=b} [time, movingAverage] [[00:13.5Z, 4.333333333333333], [00:14.5Z, 4.333333333333333], "
                + "[00:16.5Z, 2.0], [00:17.5Z, 3.0], [00:18.5Z, 3.3333333333333335]]", rows.get(3));
    }

    private static final String[] STREAM_INPUT = {
        "m,host=a v=5.0 0", "m,host=b v=2.0 1.5", "m,host=a v=8.0 3", "m,host=b v=3.0 4.5",
        "m,host=a v=6.0 6", "m,host=b v=10.0 7.5", "m,host=a v=1.0 9", "m,host=b v=4.0 10.5"};

    @Test
    public void onAStreamTheyRunPointByPoint() throws Exception {
        assertEquals(List.of("{host=a} [time, difference] [[00:03Z, 3.0]]", "{host=b} [time, difference] [[00:04.5Z, 1.0]]",
                "{host=a} [time, difference] [[00:06Z, -2.0]]", "{host=b} [time, difference] [[00:07.5Z, 7.0]]",
                "{host=a} [time, difference] [[00:09Z, -5.0]]", "{host=b} [time, difference] [[00:10.5Z, -6.0]]"),
                rows(STREAM + "|difference('v')|capture()", at(STREAM_INPUT)));
        assertEquals(List.of("{host=a} [time, cumulativeSum] [[00:00Z, 5.0]]", "{host=b} [time, cumulativeSum] [[00:01.5Z, 2.0]]",
                "{host=a} [time, cumulativeSum] [[00:03Z, 13.0]]", "{host=b} [time, cumulativeSum] [[00:04.5Z, 5.0]]",
                "{host=a} [time, cumulativeSum] [[00:06Z, 19.0]]", "{host=b} [time, cumulativeSum] [[00:07.5Z, 15.0]]",
                "{host=a} [time, cumulativeSum] [[00:09Z, 20.0]]", "{host=b} [time, cumulativeSum] [[00:10.5Z, 19.0]]"),
                rows(STREAM + "|cumulativeSum('v')|capture()", at(STREAM_INPUT)));
        assertEquals(List.of("{host=a} [time, movingAverage] [[00:03Z, 6.5]]", "{host=b} [time, movingAverage] [[00:04.5Z, 2.5]]",
                "{host=a} [time, movingAverage] [[00:06Z, 7.0]]", "{host=b} [time, movingAverage] [[00:07.5Z, 6.5]]",
                "{host=a} [time, movingAverage] [[00:09Z, 3.5]]", "{host=b} [time, movingAverage] [[00:10.5Z, 7.0]]"),
                rows(STREAM + "|movingAverage('v', 2)|capture()", at(STREAM_INPUT)));
        assertEquals(List.of("{host=a} [time, elapsed] [[00:03Z, 3]]", "{host=b} [time, elapsed] [[00:04.5Z, 3]]",
                "{host=a} [time, elapsed] [[00:06Z, 3]]", "{host=b} [time, elapsed] [[00:07.5Z, 3]]",
                "{host=a} [time, elapsed] [[00:09Z, 3]]", "{host=b} [time, elapsed] [[00:10.5Z, 3]]"),
                rows(STREAM + "|elapsed('v', 1s)|capture()", at(STREAM_INPUT)));
    }

    @Test
    public void aPointWithoutTheFieldRepeatsTheLastValueExceptForDifference() throws Exception {
        var points = at("m w=1 0", "m v=1i 1", "m w=5 2", "m v=4i 3");
        var sum = InfluxQLRuns.run("stream|from()|cumulativeSum('v')|capture()", points);
        assertEquals(List.of("[time, cumulativeSum] [[00:01Z, 1]]", "[time, cumulativeSum] [[00:01Z, 1]]",
                "[time, cumulativeSum] [[00:03Z, 5]]"), rows(sum.captured()));
        // the first point cannot start the function: an error
        assertEquals(1, sum.node("cumulativeSum2").stats().errorCount());
        assertEquals(List.of("[time, difference] [[00:03Z, 3]]"),
                rows("stream|from()|difference('v')|capture()", points));
        assertEquals(List.of("[time, elapsed] [[00:03Z, 2]]"),
                rows("stream|from()|elapsed('v', 1s)|capture()", at("m v=1i 1", "m v=4i 3")));
    }

    @Test
    public void differenceIgnoresASecondPointAtTheSameTimeButElapsedDoesNot() throws Exception {
        var points = at("m v=1 1", "m v=5 1", "m v=3 2");
        assertEquals(List.of("[time, difference] [[00:02Z, 2.0]]"),
                rows("stream|from()|difference('v')|capture()", points));
        assertEquals(List.of("[time, elapsed] [[00:01Z, 0]]", "[time, elapsed] [[00:02Z, 1]]"),
                rows("stream|from()|elapsed('v', 1s)|capture()", points));
    }

    @Test
    public void onBatchesTheBatchKeepsItsTimeAndPointsOnlyTheGroupsTags() throws Exception {
        var r = InfluxQLRuns.run("stream|from().groupBy('host')|tumble(10s)|movingAverage('v', 1)|capture()",
                at("m,host=a,dc=x v=2i 1", "m,host=a,dc=y v=4i 2", "m,host=a v=0i 10"));
        assertEquals(List.of("{host=a} [time, movingAverage] [[00:01Z, 2.0], [00:02Z, 4.0]]"), rows(r.captured()));
        var b = (dev.kapacitor.engine.edge.BufferedBatchMessage) r.captured().get(0);
        assertEquals(InfluxQLRuns.T0 + 10 * InfluxQLRuns.SECOND, b.begin().tmax());
        assertEquals(List.of("{host=a}", "{host=a}"), b.points().stream().map(p -> p.tags().toString()).toList());
    }
}

package dev.kapacitor.engine.nodes;

import static dev.kapacitor.engine.nodes.InfluxQLRuns.at;
import static dev.kapacitor.engine.nodes.InfluxQLRuns.hostsAB;
import static dev.kapacitor.engine.nodes.InfluxQLRuns.rows;
import static org.junit.Assert.assertEquals;

import dev.kapacitor.engine.edge.PointMessage;
import java.util.List;
import org.junit.Test;

/**
 * count, sum, mean, median, mode, spread and stddev. The windowed expectations are those
 * Kapacitor 1.5 recorded for the influxql-* conformance cases.
 */
public class InfluxQLAggregatesTest {
    private static final String BY_HOST = "stream|from().measurement('m').groupBy('host')|tumble(10s)";

    @Test
    public void countIsAnIntegerStampedWithTheWindowTime() throws Exception {
        assertEquals(List.of(
                "{host=a} [time, count] [[00:10Z, 10]]",
                "{host=b} [time, count] [[00:10Z, 8]]",
                "{host=a} [time, count] [[00:20Z, 10]]",
                "{host=b} [time, count] [[00:20Z, 7]]"),
                rows(BY_HOST + "|count('v')|capture()", hostsAB("")));
    }

    @Test
    public void meanIsAFloatNamedByAs() throws Exception {
        assertEquals(List.of(
                "{host=a} [time, avg] [[00:10Z, 3.9]]",
                "{host=b} [time, avg] [[00:10Z, 3.875]]",
                "{host=a} [time, avg] [[00:20Z, 5.8]]",
                "{host=b} [time, avg] [[00:20Z, 3.857142857142857]]"),
                rows(BY_HOST + "|mean('v').as('avg')|capture()", hostsAB("")));
        assertEquals("{host=a} [time, mean] [[00:10Z, 3.9]]",
                rows(BY_HOST + "|mean('v')|capture()", hostsAB("i")).get(0));
    }

    @Test
    public void sumOfIntegersStaysInteger() throws Exception {
        assertEquals(List.of(
                "{host=a} [time, sum] [[00:10Z, 39]]",
                "{host=b} [time, sum] [[00:10Z, 31]]",
                "{host=a} [time, sum] [[00:20Z, 58]]",
                "{host=b} [time, sum] [[00:20Z, 27]]"),
                rows(BY_HOST + "|sum('v')|capture()", hostsAB("i")));
    }

    @Test
    public void medianAveragesTheMiddleTwoOfAnEvenCount() throws Exception {
        assertEquals(List.of(
                "{host=a} [time, median] [[00:10Z, 3.5]]",
                "{host=b} [time, median] [[00:10Z, 2.0]]",
                "{host=a} [time, median] [[00:20Z, 6.0]]",
                "{host=b} [time, median] [[00:20Z, 4.0]]"),
                rows(BY_HOST + "|median('v')|capture()", hostsAB("")));
    }

    @Test
    public void spreadIsMaxMinusMinInTheFieldsType() throws Exception {
        assertEquals(List.of(
                "{host=a} [time, spread] [[00:10Z, 8.0]]",
                "{host=b} [time, spread] [[00:10Z, 7.0]]",
                "{host=a} [time, spread] [[00:20Z, 7.0]]",
                "{host=b} [time, spread] [[00:20Z, 9.0]]"),
                rows(BY_HOST + "|spread('v')|capture()", hostsAB("")));
        assertEquals("{host=a} [time, spread] [[00:10Z, 8]]", rows(BY_HOST + "|spread('v')|capture()", hostsAB("i")).get(0));
    }

    @Test
    public void stddevIsTheSampleDeviationAndZeroForOnePoint() throws Exception {
        var r = InfluxQLRuns.run(BY_HOST + "|stddev('v')|capture()", hostsAB("i"));
        assertEquals(2.4698178070456938, value(r, 0), 1e-15);
        assertEquals(3.181980515339464, value(r, 1), 1e-15);
        assertEquals(List.of("[time, stddev] [[00:10Z, 0.0]]"),
                rows("stream|from()|tumble(10s)|stddev('v')|capture()", at("m v=4 1", "m v=1 10")));
    }

    private static double value(TestPipelines.Run r, int i) {
        return (Double) ((PointMessage) r.captured().get(i)).fields().get("stddev");
    }

    @Test
    public void modeFollowsInfluxQLsTieBreaking() throws Exception {
        String script = "stream|from()|tumble(10s)|mode('v')|capture()";
        // sorted 1,1,2,2: the run of 2 starts (t1) before the time of the last 1 (t3), so 2 wins
        assertEquals(List.of("[time, mode] [[00:10Z, 2]]"),
                rows(script, at("m v=1i 0", "m v=2i 1", "m v=2i 2", "m v=1i 3", "m v=0i 10")));
        // here the run of 2 starts after the last 1 made it the mode
        assertEquals(List.of("[time, mode] [[00:10Z, 1.0]]"),
                rows(script, at("m v=1 0", "m v=1 1", "m v=2 2", "m v=2 3", "m v=0 10")));
        // values seen once never beat the smallest one
        assertEquals(List.of("[time, mode] [[00:10Z, 1.0]]"),
                rows(script, at("m v=3 0", "m v=1 1", "m v=2 2", "m v=0 10")));
    }

    @Test
    public void countAndSumEmitForAWindowWithoutTheFieldButMeanDoesNot() throws Exception {
        var lines = at("m v=1 0", "m w=1 1", "m v=1 2", "m w=1 5", "m w=2 6", "m v=4 12");
        assertEquals(List.of("[time, mean] [[00:05Z, 1.0]]"),
                rows("stream|from()|tumble(5s)|mean('v')|capture()", lines));
        var mean = InfluxQLRuns.run("stream|from()|tumble(5s)|mean('v')|capture()", lines);
        // w-only points of the first window are left out quietly, the second window's cannot start mean
        assertEquals(2, mean.node("mean3").stats().errorCount());
        assertEquals(List.of("[time, count] [[00:05Z, 2]]", "[time, count] [[00:10Z, 0]]"),
                rows("stream|from()|tumble(5s)|count('v')|capture()", lines));
        // an empty sum is a float 0; sum's own time is always 0, which usePointTimes shows
        assertEquals(List.of("[time, sum] [[1970-01-01T00:00:00Z, 2.0]]", "[time, sum] [[1970-01-01T00:00:00Z, 0.0]]"),
                rows("stream|from()|tumble(5s)|sum('v').usePointTimes()|capture()", lines));
    }

    @Test
    public void theFirstPointFixesTheTypeAndOthersAreLeftOut() throws Exception {
        assertEquals(List.of("[time, count] [[00:10Z, 2]]"),
                rows("stream|from()|tumble(10s)|count('v')|capture()", at("m v=1 1", "m v=2i 2", "m v=3 3", "m v=0 10")));
        var r = InfluxQLRuns.run("stream|from()|tumble(10s)|mean('v')|capture()",
                at("m v=\"x\" 1", "m v=2i 2", "m v=4 3", "m v=0 10"));
        // a string cannot start mean (an error); the integer can, and the float is then left out
        assertEquals(List.of("[time, mean] [[00:10Z, 2.0]]"), rows(r.captured()));
        assertEquals(1, r.node("mean3").stats().errorCount());
    }

    @Test
    public void onAStreamPointsOfOneTimestampAreAggregatedWhenTheNextTimeArrives() throws Exception {
        var r = InfluxQLRuns.run("stream|from()|sum('v')|capture()",
                at("m v=1 1", "m v=2 1", "m v=5 2", "m w=1 3", "m v=7 4"));
        assertEquals(List.of("[time, sum] [[00:01Z, 3.0]]", "[time, sum] [[00:02Z, 5.0]]"), rows(r.captured()));
        assertEquals(1, r.node("sum2").stats().errorCount());
    }

    @Test
    public void groupsAreReducedSeparately() throws Exception {
        assertEquals(List.of("{host=a} [time, count] [[00:02Z, 2]]", "{host=b} [time, count] [[00:02Z, 1]]"),
                rows("stream|from().groupBy('host')|count('v')|capture()",
                        at("m,host=a v=1 2", "m,host=b v=1 2", "m,host=a v=1 2", "m,host=a v=1 3", "m,host=b v=1 3")));
    }
}

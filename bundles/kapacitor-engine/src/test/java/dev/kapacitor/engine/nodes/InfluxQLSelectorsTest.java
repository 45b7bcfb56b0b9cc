package dev.kapacitor.engine.nodes;

import static dev.kapacitor.engine.nodes.InfluxQLRuns.at;
import static dev.kapacitor.engine.nodes.InfluxQLRuns.hostsAB;
import static dev.kapacitor.engine.nodes.InfluxQLRuns.rows;
import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;

/** first, last, min, max and percentile: one point of the window, stamped with the window time unless usePointTimes. */
public class InfluxQLSelectorsTest {
    private static final String BY_HOST = "stream|from().measurement('m').groupBy('host')|tumble(10s)";

    @Test
    public void firstAndLast() throws Exception {
        assertEquals(List.of(
                "{host=a} [time, first] [[00:10Z, 3.0]]",
                "{host=b} [time, first] [[00:10Z, 2.0]]",
                "{host=a} [time, first] [[00:20Z, 5.0]]",
                "{host=b} [time, first] [[00:20Z, 4.0]]"),
                rows(BY_HOST + "|first('v')|capture()", hostsAB("")));
        assertEquals(List.of(
                "{host=a} [time, last] [[00:10Z, 3.0]]",
                "{host=b} [time, last] [[00:10Z, 8.0]]",
                "{host=a} [time, last] [[00:20Z, 4.0]]",
                "{host=b} [time, last] [[00:20Z, 5.0]]"),
                rows(BY_HOST + "|last('v')|capture()", hostsAB("")));
    }

    @Test
    public void minAndMax() throws Exception {
        assertEquals(List.of(
                "{host=a} [time, min] [[00:10Z, 1.0]]",
                "{host=b} [time, min] [[00:10Z, 1.0]]",
                "{host=a} [time, min] [[00:20Z, 2.0]]",
                "{host=b} [time, min] [[00:20Z, 0.0]]"),
                rows(BY_HOST + "|min('v')|capture()", hostsAB("")));
        assertEquals(List.of(
                "{host=a} [time, max] [[00:10Z, 9]]",
                "{host=b} [time, max] [[00:10Z, 8]]",
                "{host=a} [time, max] [[00:20Z, 9]]",
                "{host=b} [time, max] [[00:20Z, 9]]"),
                rows(BY_HOST + "|max('v')|capture()", hostsAB("i")));
    }

    @Test
    public void usePointTimesStampsTheSelectedPointsTimeAndTheEarliestWinsATie() throws Exception {
        assertEquals(List.of(
                "{host=a} [time, max] [[00:05Z, 9.0]]",
                "{host=b} [time, max] [[00:05.5Z, 8.0]]",
                "{host=a} [time, max] [[00:12Z, 9.0]]",
                "{host=b} [time, max] [[00:12.5Z, 9.0]]"),
                rows(BY_HOST + "|max('v').usePointTimes()|capture()", hostsAB("")));
    }

    @Test
    public void percentileIsTheNearestRank() throws Exception {
        assertEquals(List.of(
                "{host=a} [time, p75] [[00:10Z, 5.0]]",
                "{host=b} [time, p75] [[00:10Z, 7.0]]",
                "{host=a} [time, p75] [[00:20Z, 8.0]]",
                "{host=b} [time, p75] [[00:20Z, 4.0]]"),
                rows(BY_HOST + "|percentile('v', 75.0).as('p75')|capture()", hostsAB("")));
        assertEquals(List.of(
                "{host=a} [time, p50] [[00:10Z, 3.0]]",
                "{host=b} [time, p50] [[00:10Z, 2.0]]",
                "{host=a} [time, p50] [[00:20Z, 5.0]]",
                "{host=b} [time, p50] [[00:20Z, 4.0]]"),
                rows(BY_HOST + "|percentile('v', 50.0).as('p50')|capture()", hostsAB("")));
    }

    @Test
    public void percentileOutsideTheRanksEmitsNothingAndIntegersKeepTheWindowTime() throws Exception {
        assertEquals(List.of(), rows(BY_HOST + "|percentile('v', 0.0)|capture()", hostsAB("")));
        assertEquals("{host=a} [time, percentile] [[00:10Z, 3]]",
                rows(BY_HOST + "|percentile('v', 50.0).usePointTimes()|capture()", hostsAB("i")).get(0));
    }

    @Test
    public void percentileOfEqualValuesPicksThePointGo110sSortLeavesThere() throws Exception {
        // the gap-6 pass of Go's sort moves the 2 at t0 behind the 2 at t1
        assertEquals(List.of("[time, id, percentile] [[00:01Z, 1, 2.0]]"),
                rows("stream|from()|tumble(10s)|percentile('v', 30.0).usePointTimes()|capture()",
                        at("m v=2,id=0i 0", "m v=2,id=1i 1", "m v=5,id=2i 2", "m v=5,id=3i 3", "m v=5,id=4i 4",
                                "m v=5,id=5i 5", "m v=1,id=6i 6", "m v=0 10")));
    }

    @Test
    public void theSelectedPointKeepsItsTagsAndOtherFields() throws Exception {
        assertEquals(List.of("{dc=x, host=h2} [time, top, w] [[00:10Z, 3.0, 30]]"),
                rows("stream|from()|tumble(10s)|max('v').as('top')|capture()",
                        at("m,host=h1,dc=x v=1,w=10i 1", "m,host=h2,dc=x v=3,w=30i 2", "m,host=h3 v=2 3", "m v=0 10")));
    }

    @Test
    public void lastOfABooleanField() throws Exception {
        assertEquals(List.of("{host=a} [time, last] [[00:10Z, true]]", "{host=a} [time, last] [[00:20Z, false]]"),
                rows("stream|from().groupBy('host')|tumble(10s)|last('b')|capture()", at(
                        "m,host=a b=true 0", "m,host=a b=false 1", "m,host=a b=false 2", "m,host=a b=true 3",
                        "m,host=a b=false 4", "m,host=a b=false 5", "m,host=a b=true 6", "m,host=a b=false 7",
                        "m,host=a b=false 8", "m,host=a b=true 9", "m,host=a b=false 10", "m,host=a b=false 11",
                        "m,host=a b=false 40")));
    }

    @Test
    public void firstAtEqualTimesTakesTheGreaterValueButFalseBeforeTrue() throws Exception {
        assertEquals(List.of("[time, first] [[00:10Z, 7.0]]"),
                rows("stream|from()|tumble(10s)|first('v')|capture()", at("m v=3 1", "m v=7 1", "m v=9 2", "m v=0 10")));
        assertEquals(List.of("[time, first] [[00:10Z, false]]"),
                rows("stream|from()|tumble(10s)|first('b')|capture()", at("m b=true 1", "m b=false 1", "m b=true 10")));
    }
}

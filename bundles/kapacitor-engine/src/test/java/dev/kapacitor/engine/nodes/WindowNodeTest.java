package dev.kapacitor.engine.nodes;

import static dev.kapacitor.engine.nodes.Described.at;
import static dev.kapacitor.engine.nodes.TestPipelines.lines;
import static dev.kapacitor.engine.nodes.TestPipelines.run;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import dev.kapacitor.engine.pipeline.SpecException;
import dev.kapacitor.engine.runtime.EngineServices;
import java.util.List;
import org.junit.Test;

public class WindowNodeTest {
    private static List<String> windows(String window, String... lines) throws Exception {
        return Described.all(run("stream|from()" + window + "|capture()", lines(lines)).captured());
    }

    @Test
    public void slidingWindowsStartAtTheFirstPointAndEmitWhenABoundaryIsPassed() throws Exception {
        assertEquals(List.of(
                        "m[]@5{}(1:{v=1.0}, 3:{v=2.0})",
                        // next boundary: the point at 6 plus every
                        "m[]@10{}(3:{v=2.0}, 6:{v=3.0}, 7:{v=4.0})"),
                windows("|window().period(7s).every(4s)",
                        at(1, "m v=1.0"), at(3, "m v=2.0"), at(6, "m v=3.0"), at(7, "m v=4.0"), at(12, "m v=5.0")));
    }

    @Test
    public void alignedWindowsEndOnMultiplesOfEveryAndIncludeTheirStartNotTheirEnd() throws Exception {
        assertEquals(List.of(
                        "m[]@5{}(3:{v=1.0})",
                        "m[]@10{}(5:{v=2.0}, 9.5:{v=3.0})"),
                windows("|window().period(5s).every(5s).align()",
                        at(3, "m v=1.0"), at(5, "m v=2.0"), at(9.5, "m v=3.0"), at(10, "m v=4.0")));
    }

    @Test
    public void aGapEmitsNoEmptyWindowsAndRestartsTheTimingFromTheLatePoint() throws Exception {
        assertEquals(List.of(
                        "m[]@2{}(0:{v=1.0})",
                        "m[]@32{}(30:{v=2.0}, 31:{v=3.0})"),
                windows("|window().period(2s).every(2s)",
                        at(0, "m v=1.0"), at(30, "m v=2.0"), at(31, "m v=3.0"), at(33, "m v=4.0")));
    }

    @Test
    public void aPeriodShorterThanEveryEmitsEmptyBatches() throws Exception {
        assertEquals(List.of(
                        "m[]@5{}(3.5:{v=2.0})",
                        "m[]@16{}()"),
                windows("|window().period(2s).every(5s)",
                        at(0, "m v=0.0"), at(3.5, "m v=2.0"), at(11, "m v=4.0"), at(12, "m v=5.0"), at(25, "m v=6.0")));
    }

    @Test
    public void everyZeroEmitsOnEveryPointThePointsOfThePeriodEndingWithIt() throws Exception {
        assertEquals(List.of(
                        "m[]@0{}(0:{v=1.0})",
                        "m[]@1{}(0:{v=1.0}, 1:{v=2.0})",
                        "m[]@2{}(1:{v=2.0}, 2:{v=3.0})"),
                windows("|window().period(2s).every(0s)", at(0, "m v=1.0"), at(1, "m v=2.0"), at(2, "m v=3.0")));
    }

    @Test
    public void fillPeriodWaitsForAFullPeriodAndAlignsAfterIt() throws Exception {
        assertEquals(List.of("m[]@4{}(1:{v=1.0}, 2:{v=2.0}, 3:{v=3.0})"),
                windows("|window().period(3s).every(1s).fillPeriod()",
                        at(1, "m v=1.0"), at(2, "m v=2.0"), at(3, "m v=3.0"), at(4, "m v=4.0")));
        // aligned: the first boundary after a full period from 1s is 6s, not 4s
        assertEquals(List.of("m[]@6{}(3:{v=3.0}, 5:{v=5.0})"),
                windows("|window().period(3s).every(2s).fillPeriod().align()",
                        at(1, "m v=1.0"), at(3, "m v=3.0"), at(5, "m v=5.0"), at(6, "m v=6.0")));
    }

    @Test
    public void eachGroupHasItsOwnWindowNamedAfterItsFirstPoint() throws Exception {
        var r = run("stream|from().groupBy('h')|window().period(2s).every(2s)|capture()", lines(
                at(0, "cpu,h=a,x=1 v=1i"), at(1, "mem,h=b v=2i"), at(2, "mem,h=a,x=2 v=3i"), at(3, "cpu,h=b v=4i")));
        assertEquals(List.of(
                        "cpu[h=a]@2{h=a}(0:{v=1}{h=a, x=1})",
                        "mem[h=b]@3{h=b}(1:{v=2}{h=b})"),
                Described.all(r.captured()));
    }

    @Test
    public void countWindowsEmitTheLastPeriodCountPointsEveryEveryCountStampedWithTheNewest() throws Exception {
        String[] in = {at(0, "m v=0i"), at(1, "m v=1i"), at(2, "m v=2i"), at(3, "m v=3i"), at(4, "m v=4i")};
        assertEquals(List.of(
                        "m[]@1{}(0:{v=0}, 1:{v=1})",
                        "m[]@3{}(1:{v=1}, 2:{v=2}, 3:{v=3})"),
                windows("|window().periodCount(3).everyCount(2)", in));
        assertEquals(List.of(
                        "m[]@2{}(0:{v=0}, 1:{v=1}, 2:{v=2})",
                        "m[]@4{}(2:{v=2}, 3:{v=3}, 4:{v=4})"),
                windows("|window().periodCount(3).everyCount(2).fillPeriod()", in));
    }

    @Test
    public void aWindowNeedsAPeriodToStart() {
        try (EngineServices services = new EngineServices()) {
            var e = assertThrows(IllegalArgumentException.class,
                    () -> TestPipelines.start("stream|from()|window().every(1s)|capture()", services));
            assertEquals("window node must have either a non zero period or non zero period count", e.getMessage());
        }
    }

    @Test
    public void checksItsPropertiesLikeKapacitor() {
        assertEquals("cannot specify both period and periodCount",
                specError("stream|from()|window().period(1s).periodCount(2).everyCount(1)"));
        assertEquals("can only align windows based off time, not count",
                specError("stream|from()|window().periodCount(2).everyCount(1).align()"));
        assertEquals("everyCount must be greater than zero", specError("stream|from()|window().periodCount(2)"));
        assertEquals("line 1 char 35: cannot add child mismatched edges: window gives batch, window wants stream",
                specError("stream|from()|window().period(1s)|window()"));
    }

    static String specError(String script) {
        return assertThrows(SpecException.class, () -> TestPipelines.spec(script)).getMessage();
    }
}

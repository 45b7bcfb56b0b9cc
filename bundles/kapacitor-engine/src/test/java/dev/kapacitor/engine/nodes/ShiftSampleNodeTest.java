package dev.kapacitor.engine.nodes;

import static dev.kapacitor.engine.nodes.Described.at;
import static dev.kapacitor.engine.nodes.TestPipelines.lines;
import static dev.kapacitor.engine.nodes.TestPipelines.run;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import dev.kapacitor.engine.runtime.EngineServices;
import java.util.List;
import org.junit.Test;

public class ShiftSampleNodeTest {
    @Test
    public void shiftMovesPointsAndBatchesWithTheirPoints() throws Exception {
        var points = run("stream|from()|shift(-1500ms)|capture()", lines(at(2, "m v=1i")));
        assertEquals(List.of("m[]@0.5{}{v=1}"), Described.all(points.captured()));
        var batches = run("stream|from()|window().period(2s).every(2s)|shift(1m)|capture()",
                lines(at(0, "m v=1i"), at(1, "m v=2i"), at(2, "m v=3i")));
        assertEquals(List.of("m[]@62{}(60:{v=1}, 61:{v=2})"), Described.all(batches.captured()));
    }

    @Test
    public void sampleByCountKeepsEveryNthPointOfEachGroup() throws Exception {
        var r = run("stream|from().groupBy('h')|sample(2)|capture()", lines(
                at(0, "m,h=a v=0i"), at(1, "m,h=b v=1i"), at(2, "m,h=a v=2i"), at(3, "m,h=a v=3i"), at(4, "m,h=b v=4i")));
        assertEquals(List.of("m[h=a]@0{h=a}{v=0}", "m[h=b]@1{h=b}{v=1}", "m[h=a]@3{h=a}{v=3}"),
                Described.all(r.captured()));
    }

    @Test
    public void sampleByCountStartsAfreshInEveryBatch() throws Exception {
        var r = run("stream|from()|window().periodCount(3).everyCount(3)|sample(2)|capture()", lines(
                at(0, "m v=0i"), at(1, "m v=1i"), at(2, "m v=2i"), at(3, "m v=3i"), at(4, "m v=4i"), at(5, "m v=5i")));
        assertEquals(List.of("m[]@2{}(0:{v=0}, 2:{v=2})", "m[]@5{}(3:{v=3}, 5:{v=5})"), Described.all(r.captured()));
    }

    @Test
    public void sampleByDurationKeepsPointsOnMultiplesOfIt() throws Exception {
        var r = run("stream|from()|sample(2s)|capture()",
                lines(at(0, "m v=0i"), at(1, "m v=1i"), at(2.5, "m v=2i"), at(4, "m v=3i"), at(4, "m v=4i")));
        assertEquals(List.of("m[]@0{}{v=0}", "m[]@4{}{v=3}", "m[]@4{}{v=4}"), Described.all(r.captured()));
    }

    @Test
    public void zeroShiftsAndSampleRatesCannotStart() {
        try (EngineServices services = new EngineServices()) {
            assertEquals("invalid shift value: must be non zero duration", assertThrows(IllegalArgumentException.class,
                    () -> TestPipelines.start("stream|from()|shift(0s)|capture()", services)).getMessage());
            assertEquals("invalid sample rate: must be positive integer or duration",
                    assertThrows(IllegalArgumentException.class,
                            () -> TestPipelines.start("stream|from()|sample(0)|capture()", services)).getMessage());
        }
    }
}

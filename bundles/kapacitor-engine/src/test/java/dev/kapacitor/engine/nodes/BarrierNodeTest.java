package dev.kapacitor.engine.nodes;

import static dev.kapacitor.engine.nodes.Described.at;
import static dev.kapacitor.engine.nodes.TestPipelines.lines;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.kapacitor.engine.edge.BarrierMessage;
import dev.kapacitor.engine.edge.Message;
import dev.kapacitor.engine.runtime.EngineServices;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/** barrier() runs on the wall clock: these tests wait for the first barrier rather than sleep a fixed time. */
public class BarrierNodeTest {
    private static void awaitBarrier(TestPipelines.Run r) throws InterruptedException {
        for (int i = 0; i < 500 && r.captured().stream().noneMatch(m -> m instanceof BarrierMessage); i++) {
            Thread.sleep(10);
        }
    }

    private static List<String> data(List<Message> messages) {
        return Described.all(messages.stream().filter(m -> !(m instanceof BarrierMessage)).toList());
    }

    private static List<BarrierMessage> barriers(List<Message> messages) {
        return messages.stream().filter(m -> m instanceof BarrierMessage).map(m -> (BarrierMessage) m).toList();
    }

    @Test
    public void idleSendsTheLastDataTimePlusIdleAndDropsOlderData() throws Exception {
        try (EngineServices services = new EngineServices()) {
            var r = TestPipelines.start("stream|from().groupBy('h')|barrier().idle(100ms)|capture()", services);
            r.write(lines(at(0, "m,h=a v=1i"), at(0.01, "m,h=a v=2i")));
            awaitBarrier(r);
            r.write(lines(at(0.05, "m,h=a v=3i"), at(5, "m,h=a v=4i")));
            List<Message> got = new ArrayList<>(r.finish().captured());
            assertEquals(List.of("m[h=a]@0{h=a}{v=1}", "m[h=a]@0.01{h=a}{v=2}", "m[h=a]@5{h=a}{v=4}"), data(got));
            // while idle, each barrier is idle later than the one before
            List<BarrierMessage> bs = barriers(got);
            assertEquals("barrier[h=a]@0.11", Described.of(bs.get(0)));
            for (int i = 1; i < bs.size() && bs.get(i).time() < TestPipelines.T0 + 5_000_000_000L; i++) {
                assertEquals(100_000_000L, bs.get(i).time() - bs.get(i - 1).time());
            }
        }
    }

    @Test
    public void periodSendsTheWallClockTime() throws Exception {
        try (EngineServices services = new EngineServices()) {
            var r = TestPipelines.start("stream|from()|barrier().period(50ms)|capture()", services);
            r.write(lines(at(0, "m v=1i")));
            awaitBarrier(r);
            long later = System.currentTimeMillis() * 1_000_000L + 3_600_000_000_000L;
            r.write(lines(at(1, "m v=2i"), "m v=3i " + later));
            List<Message> got = new ArrayList<>(r.finish().captured());
            assertEquals(2, data(got).size());
            assertEquals("m[]@0{}{v=1}", data(got).get(0));
            assertTrue(data(got).get(1).endsWith("{v=3}"));
            long first = barriers(got).get(0).time();
            assertTrue(Math.abs(first - System.currentTimeMillis() * 1_000_000L) < 60_000_000_000L);
        }
    }

    @Test
    public void aBarrierClosesATimeWindowWithoutNewDataAndStopsThere() throws Exception {
        try (EngineServices services = new EngineServices()) {
            var r = TestPipelines.start("stream|from()|barrier().idle(100ms)|window().period(1s).every(1s)|capture()",
                    services);
            r.write(lines(at(0, "m v=1i"), at(0.5, "m v=2i")));
            for (int i = 0; i < 500 && r.captured().isEmpty(); i++) {
                Thread.sleep(10);
            }
            List<Message> got = new ArrayList<>(r.finish().captured());
            assertEquals("m[]@1{}(0:{v=1}, 0.5:{v=2})", Described.of(got.get(0)));
            assertTrue(barriers(got).isEmpty());
        }
    }

    @Test
    public void needsExactlyOneOfIdleAndPeriod() {
        assertEquals("cannot specify both idle and period",
                WindowNodeTest.specError("stream|from()|barrier().idle(1s).period(1s)"));
        assertEquals("idle must be greater than zero", WindowNodeTest.specError("stream|from()|barrier()"));
        assertEquals("idle must be greater than zero", WindowNodeTest.specError("stream|from()|barrier().idle(-1s)"));
        assertEquals("period must be greater than zero", WindowNodeTest.specError("stream|from()|barrier().period(-1s)"));
    }
}

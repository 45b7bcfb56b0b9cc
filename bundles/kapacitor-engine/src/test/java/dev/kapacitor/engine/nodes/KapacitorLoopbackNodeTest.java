package dev.kapacitor.engine.nodes;

import static dev.kapacitor.engine.nodes.TestPipelines.lines;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import dev.kapacitor.api.model.Point;
import dev.kapacitor.api.task.Dbrp;
import dev.kapacitor.api.task.TaskType;
import dev.kapacitor.engine.runtime.EngineServices;
import dev.kapacitor.engine.runtime.ExecutingTask;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.Test;

public class KapacitorLoopbackNodeTest {
    private static final String LOOP = "stream|from()|kapacitorLoopback().database('db2').retentionPolicy('rp2')";

    @Test
    public void writesPointsAndBatchPointsBackIntoTheEngine() throws Exception {
        List<String> written = Collections.synchronizedList(new ArrayList<>());
        try (EngineServices services = new EngineServices()) {
            services.setPointsWriter((db, rp, points) -> {
                for (Point p : points) {
                    written.add(db + "." + rp + " " + p.database() + "." + p.retentionPolicy() + " " + p.name() + p.tags() + p.fields());
                }
            });
            var run = TestPipelines.start("var f = stream|from()\n"
                    + "f|kapacitorLoopback().database('db2').retentionPolicy('rp2').measurement('n').tag('k', 'v')\n"
                    + "f|batchEvery(2)|kapacitorLoopback().database('db3').retentionPolicy('rp3').measurement('ignored')", services);
            run.write(lines("m,h=a x=1i 1", "m,h=b x=2i 2"));
            run.finish();
            assertEquals(List.of("db2.rp2 db2.rp2 n{h=a, k=v}{x=1}", "db2.rp2 db2.rp2 n{h=b, k=v}{x=2}",
                    "db3.rp3 db3.rp3 m{h=a}{x=1}", "db3.rp3 db3.rp3 m{h=b}{x=2}"), written.stream().sorted().toList());
            var nodeStats = (java.util.Map<?, ?>) run.task.executionStats().get("node-stats");
            assertEquals(2L, ((java.util.Map<?, ?>) nodeStats.get("kapacitor_loopback2")).get("points_written"));
        }
    }

    @Test
    public void aFailedWriteIsAnErrorAndTheTaskGoesOn() throws Exception {
        try (EngineServices services = new EngineServices()) {
            services.setPointsWriter((db, rp, points) -> {
                throw new IllegalStateException("full");
            });
            var run = TestPipelines.start(LOOP, services);
            run.write(lines("m x=1i 1", "m x=2i 2"));
            run.finish();
            assertEquals(2, run.node("kapacitor_loopback2").stats().errorCount());
            assertEquals(null, run.task.failure());
        }
    }

    @Test
    public void aTaskMayNotLoopBackIntoADbrpItReads() {
        try (EngineServices services = new EngineServices()) {
            assertEquals("loop detected on dbrp: {db2 rp2}", assertThrows(IllegalArgumentException.class,
                    () -> ExecutingTask.create("t", TaskType.STREAM, List.of(new Dbrp("db", "rp"), new Dbrp("db2", "rp2")),
                            0, TestPipelines.spec(LOOP), TestPipelines.registry(), services, 10, t -> { })).getMessage());
        }
    }
}

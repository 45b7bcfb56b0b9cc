package dev.kapacitor.engine.task;

import static dev.kapacitor.engine.task.PersistenceTest.waitFor;
import static dev.kapacitor.engine.task.TaskStoreServiceTest.DBRPS;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import dev.kapacitor.api.lineprotocol.LineProtocolParser;
import dev.kapacitor.api.lineprotocol.Precision;
import dev.kapacitor.api.task.DotView;
import dev.kapacitor.api.task.Task;
import dev.kapacitor.api.task.TaskDefinition;
import dev.kapacitor.api.task.TaskException;
import dev.kapacitor.api.task.TaskStatus;
import dev.kapacitor.engine.Engine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.Test;

/** A task's own group-idle-ttl, the engine's default, and the dot-view of a task. */
public class GroupIdleTtlTest {
    private static final String SCRIPT = "stream|from().measurement('m').groupBy('host')|where(lambda: TRUE)|httpOut('o')";
    private static final long S = 1_000_000_000L;

    private static Engine open(Path dir, long groupIdleTtl) throws Exception {
        return Engine.open(new Engine.Settings(dir, 1000, 1000, groupIdleTtl));
    }

    private static TaskDefinition def(String id, TaskStatus status, String groupIdleTtl) {
        return new TaskDefinition(id, null, null, DBRPS, SCRIPT, status, null, groupIdleTtl);
    }

    private static TaskDefinition patch(String groupIdleTtl) {
        return new TaskDefinition(null, null, null, null, null, null, null, groupIdleTtl);
    }

    @Test
    public void aTaskKeepsItsOwnValueInGoFormAcrossRestarts() throws Exception {
        Path dir = Files.createTempDirectory("kapacitor-ttl");
        try (Engine e = open(dir, 0)) {
            assertEquals("1h30m0s", e.tasks().create(def("own", TaskStatus.DISABLED, "90m")).groupIdleTtl());
            assertNull(e.tasks().create(def("none", TaskStatus.DISABLED, null)).groupIdleTtl());
            assertEquals("invalid group-idle-ttl: time: unknown unit \"d\" in duration \"1d\"",
                    assertThrows(TaskException.class, () -> e.tasks().create(def("bad", null, "1d"))).getMessage());
            assertEquals(400, assertThrows(TaskException.class,
                    () -> e.tasks().update("own", patch("-1s"))).status());
            assertEquals("10s", e.tasks().update("none", patch("10s")).groupIdleTtl());
        }
        try (Engine e = open(dir, 0)) {
            assertEquals("1h30m0s", e.tasks().get("own").orElseThrow().groupIdleTtl());
            // a patch without it leaves it; "" drops it
            assertEquals("1h30m0s", e.tasks().update("own", patch(null)).groupIdleTtl());
            assertNull(e.tasks().update("own", patch("")).groupIdleTtl());
        }
    }

    @Test
    public void theEngineDefaultAppliesUnlessTheTaskHasItsOwn() throws Exception {
        try (Engine e = open(Files.createTempDirectory("kapacitor-ttl"), 5 * S)) {
            e.tasks().create(def("engine", TaskStatus.ENABLED, null));
            e.tasks().create(def("never", TaskStatus.ENABLED, "0s"));
            e.tasks().create(def("longer", TaskStatus.ENABLED, "20s"));
            StringBuilder lines = new StringBuilder();
            for (int i = 0; i < 50; i++) {
                lines.append("m,host=h").append(i).append(" v=1 ").append(i * S).append('\n');
            }
            e.master().writePoints("db", "rp", LineProtocolParser.parse(lines.toString().getBytes(StandardCharsets.UTF_8),
                    Precision.NANOSECONDS, 0, "db", "rp").points());
            // a new group each second; 5s: looked for after every point, the last at 49s kept 45s on
            assertEquals(5L, whereCardinality(e, "engine"));
            assertEquals(50L, whereCardinality(e, "never"));
            // 20s: looked for every 2.5s of data time, the last at 48s kept 29s on
            assertEquals(21L, whereCardinality(e, "longer"));
        }
    }

    private static long whereCardinality(Engine e, String id) throws InterruptedException {
        waitFor(() -> (Long) where(e, id).get("collected") == 50L);
        return (Long) where(e, id).get("working_cardinality");
    }

    private static Map<?, ?> where(Engine e, String id) {
        Task t = e.tasks().get(id).orElseThrow();
        return (Map<?, ?>) ((Map<?, ?>) t.stats().get("node-stats")).get("where2");
    }

    @Test
    public void theDotViewShowsAnExecutingTasksStatsAsLabels() throws Exception {
        try (Engine e = open(Files.createTempDirectory("kapacitor-dot"), 0)) {
            Task off = e.tasks().create(def("off", TaskStatus.DISABLED, null));
            e.tasks().create(def("on", TaskStatus.ENABLED, null));
            String labels = e.tasks().get("on", DotView.LABELS).orElseThrow().dot();
            assertEquals("digraph on {\ngraph [label=\"Throughput: 0.00 points/s\" forcelabels=true pad=\"0.8,0.5\"];\n"
                    + "\nstream0 [xlabel=\"avg_exec_time_ns=0s\\rerrors=0\\rworking_cardinality=0\"];\n"
                    + "stream0 -> from1 [label=\"processed=0\"];\n", labels.substring(0, labels.indexOf("\nfrom1")));
            assertEquals(labels, e.tasks().list(DotView.LABELS).get(1).dot());
            assertEquals(e.tasks().get("on").orElseThrow().dot(), e.tasks().get("on", DotView.ATTRIBUTES).orElseThrow().dot());
            // a task that is not executing has no stats to show: the same graph in both views
            assertEquals(off.dot(), e.tasks().get("off", DotView.LABELS).orElseThrow().dot());
        }
    }
}

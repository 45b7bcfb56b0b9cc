package dev.kapacitor.engine.task;

import static dev.kapacitor.engine.task.TaskStoreServiceTest.DBRPS;
import static dev.kapacitor.engine.task.TaskStoreServiceTest.SCRIPT;
import static dev.kapacitor.engine.task.TaskStoreServiceTest.def;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.kapacitor.api.lineprotocol.LineProtocolParser;
import dev.kapacitor.api.lineprotocol.Precision;
import dev.kapacitor.api.task.Task;
import dev.kapacitor.api.task.TaskStatus;
import dev.kapacitor.api.task.TaskVar;
import dev.kapacitor.engine.Engine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class PersistenceTest {
    private static Engine open(Path dir) throws Exception {
        return Engine.open(new Engine.Settings(dir, 1000, 1000));
    }

    @Test
    public void tasksComeBackAfterARestartAndEnabledOnesRun() throws Exception {
        Path dir = Files.createTempDirectory("kapacitor-persist");
        Task on;
        Task off;
        try (Engine e = open(dir)) {
            on = e.tasks().create(new dev.kapacitor.api.task.TaskDefinition("on", null, null, DBRPS, SCRIPT,
                    TaskStatus.ENABLED, Map.of("tags", new TaskVar("list",
                            List.of(new TaskVar("string", "host", ""), new TaskVar("star", null, "")), "dims"))));
            off = e.tasks().create(def("off", SCRIPT, DBRPS, TaskStatus.DISABLED));
        }
        try (Engine e = open(dir)) {
            Task on2 = e.tasks().get("on").orElseThrow();
            assertTrue(on2.executing());
            assertEquals(on.created(), on2.created());
            assertEquals(on.lastEnabled(), on2.lastEnabled());
            assertEquals(on.script(), on2.script());
            assertEquals(on.vars(), on2.vars());
            Task off2 = e.tasks().get("off").orElseThrow();
            assertFalse(off2.executing());
            assertEquals(off.dot(), off2.dot());
            assertEquals(List.of("off", "on"), e.tasks().list().stream().map(Task::id).toList());

            e.master().writePoints("db", "rp", LineProtocolParser.parse(
                    "cpu v=1 1".getBytes(StandardCharsets.UTF_8), Precision.NANOSECONDS, 0, "db", "rp").points());
            waitFor(() -> e.httpOut("on", "out").orElseThrow().series().size() == 1);
        }
    }

    @Test
    public void leftoversOfInterruptedSavesAndUnreadableFilesAreSkipped() throws Exception {
        Path dir = Files.createTempDirectory("kapacitor-persist");
        try (Engine e = open(dir)) {
            e.tasks().create(def("good", SCRIPT, DBRPS, null));
        }
        Path tasks = dir.resolve("tasks");
        Files.writeString(tasks.resolve("half.json.tmp"), "{\"id\":\"half\",");
        Files.writeString(tasks.resolve("broken.json"), "{not json");
        try (Engine e = open(dir)) {
            assertEquals(List.of("good"), e.tasks().list().stream().map(Task::id).toList());
        }
        assertFalse(Files.exists(tasks.resolve("half.json.tmp")));
        assertTrue(Files.readString(tasks.resolve("good.json")).contains("\"script\" : \"stream\\n"));
    }

    @Test
    public void aStoredTaskThatNoLongerCompilesShowsWhy() throws Exception {
        Path dir = Files.createTempDirectory("kapacitor-persist");
        try (Engine e = open(dir)) {
            e.tasks().create(def("t", SCRIPT, DBRPS, TaskStatus.ENABLED));
        }
        Path file = dir.resolve("tasks/t.json");
        Files.writeString(file, Files.readString(file).replace("httpOut('out')", "httpOut('out').nope()"));
        try (Engine e = open(dir)) {
            Task t = e.tasks().get("t").orElseThrow();
            assertFalse(t.executing());
            assertEquals("line 4 char 21: no property method \"nope\" on httpOut node", t.error());
            assertEquals("", t.dot());
        }
    }

    public static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 5000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("condition not met within 5 s");
            }
            Thread.sleep(5);
        }
    }
}

package dev.kapacitor.engine.task;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import dev.kapacitor.api.task.Dbrp;
import dev.kapacitor.api.task.Task;
import dev.kapacitor.api.task.TaskDefinition;
import dev.kapacitor.api.task.TaskException;
import dev.kapacitor.api.task.TaskStatus;
import dev.kapacitor.api.task.TaskType;
import dev.kapacitor.engine.Engine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class TaskStoreServiceTest {
    static final String SCRIPT = "stream\n    |from()\n        .measurement('cpu')\n    |httpOut('out')\n";
    static final List<Dbrp> DBRPS = List.of(new Dbrp("db", "rp"));

    private Path dir;
    private Engine engine;

    @Before
    public void open() throws Exception {
        dir = Files.createTempDirectory("kapacitor-tasks");
        engine = Engine.open(new Engine.Settings(dir, 1000, 1000));
    }

    @After
    public void close() {
        engine.close();
    }

    static TaskDefinition def(String id, String script, List<Dbrp> dbrps, TaskStatus status) {
        return new TaskDefinition(id, null, null, dbrps, script, status, null);
    }

    private TaskException createFails(TaskDefinition d) {
        return assertThrows(TaskException.class, () -> engine.tasks().create(d));
    }

    @Test
    public void createsADisabledTaskWithItsGraph() {
        Task t = engine.tasks().create(def("cpu_task", SCRIPT, DBRPS, null));
        assertEquals("cpu_task", t.id());
        assertEquals(TaskType.STREAM, t.type());
        assertEquals(TaskStatus.DISABLED, t.status());
        assertFalse(t.executing());
        assertEquals("", t.error());
        assertEquals("digraph cpu_task {\nstream0 -> from1;\nfrom1 -> http_out2;\n}", t.dot());
        assertEquals(Map.of(), t.stats());
        assertNotNull(t.created());
        assertEquals(t.created(), t.modified());
        assertNull(t.lastEnabled());
        assertEquals(List.of(t), engine.tasks().list());
    }

    @Test
    public void createsAnEnabledTaskThatRuns() {
        Task t = engine.tasks().create(def("on", SCRIPT, DBRPS, TaskStatus.ENABLED));
        assertTrue(t.executing());
        assertEquals(t.created(), t.lastEnabled());
        assertTrue(t.dot(), t.dot().startsWith("digraph on {\ngraph [throughput=\"0.00 points/s\"];\n"));
        assertTrue(((Map<?, ?>) t.stats().get("node-stats")).containsKey("http_out2"));
    }

    @Test
    public void refusesBadIdsAndDuplicates() {
        TaskException e = createFails(def("a b", SCRIPT, DBRPS, null));
        assertEquals(400, e.status());
        assertEquals("task ID must contain only letters, numbers, '-', '.' and '_'. \"a b\"", e.getMessage());
        engine.tasks().create(def("été-1.x_y", SCRIPT, DBRPS, null));
        assertEquals("task été-1.x_y already exists", createFails(def("été-1.x_y", SCRIPT, DBRPS, null)).getMessage());
        String generated = engine.tasks().create(def(null, SCRIPT, DBRPS, null)).id();
        assertEquals(36, generated.length());
    }

    @Test
    public void checksScriptAndDbrpsAsKapacitorDoes() {
        assertEquals("must provide TICKscript", createFails(def("t", "", DBRPS, null)).getMessage());
        assertEquals("must specify dbrp", createFails(def("t", SCRIPT, List.of(), null)).getMessage());
        assertEquals("cannot specify dbrp in both implicitly and explicitly",
                createFails(def("t", "dbrp \"db\".\"rp\"\n" + SCRIPT, DBRPS, null)).getMessage());
        assertEquals("invalid task type: invalid", createFails(def("t", "var x = 1", DBRPS, null)).getMessage());
        TaskException parse = createFails(def("t", "stream|from(", DBRPS, null));
        assertEquals(400, parse.status());
        assertTrue(parse.getMessage(), parse.getMessage().startsWith("invalid TICKscript: parser: "));
        assertEquals("invalid TICKscript: line 1 char 15: no property method \"measurment\" on from node, "
                + "did you mean \"measurement\"?", createFails(def("t", "stream|from().measurment('x')|httpOut('o')",
                DBRPS, null)).getMessage());
        assertEquals("unknown template tpl: err: no template exists", createFails(
                new TaskDefinition("t", "tpl", null, DBRPS, SCRIPT, null, null)).getMessage());
        assertTrue(engine.tasks().list().isEmpty());
    }

    @Test
    public void takesDbrpsAndTypeFromTheScript() {
        Task t = engine.tasks().create(new TaskDefinition("t", null, TaskType.BATCH, List.of(),
                "dbrp \"telegraf\".\"autogen\"\ndbrp \"a\".\"b\"\n" + SCRIPT, null, null));
        assertEquals(List.of(new Dbrp("telegraf", "autogen"), new Dbrp("a", "b")), t.dbrps());
        assertEquals(TaskType.STREAM, t.type());
    }

    @Test
    public void aTaskThatCannotStartIsKeptWithItsError() {
        TaskException e = createFails(def("bad", "stream|from()|httpPost().endpoint('nowhere')", DBRPS, TaskStatus.ENABLED));
        assertEquals(500, e.status());
        assertEquals("endpoint 'nowhere' does not exist", e.getMessage());
        Task t = engine.tasks().get("bad").orElseThrow();
        assertEquals(TaskStatus.ENABLED, t.status());
        assertFalse(t.executing());
        assertEquals("endpoint 'nowhere' does not exist", t.error());
    }

    @Test
    public void updateEnablesDisablesAndChangesTheScript() {
        engine.tasks().create(def("t", SCRIPT, DBRPS, null));
        TaskException missing = assertThrows(TaskException.class, () -> engine.tasks().update("nope", def(null, null, null, null)));
        assertEquals(404, missing.status());
        assertEquals("task does not exist, cannot update", missing.getMessage());

        Task on = engine.tasks().update("t", def(null, null, null, TaskStatus.ENABLED));
        assertTrue(on.executing());
        assertNotNull(on.lastEnabled());
        Task script = engine.tasks().update("t", def(null, SCRIPT.replace("cpu", "mem"), null, null));
        assertTrue(script.script().contains("mem"));
        assertTrue("a running task keeps running its old pipeline until re-enabled", script.executing());
        Task off = engine.tasks().update("t", def(null, null, null, TaskStatus.DISABLED));
        assertFalse(off.executing());
        assertEquals(on.lastEnabled(), off.lastEnabled());
        assertEquals("cannot specify dbrp in implicitly and explicitly", assertThrows(TaskException.class,
                () -> engine.tasks().update("t", def(null, "dbrp \"x\".\"y\"\n" + SCRIPT, DBRPS, null))).getMessage());
        assertEquals(List.of(new Dbrp("a", "b")),
                engine.tasks().update("t", def(null, null, List.of(new Dbrp("a", "b")), null)).dbrps());
    }

    @Test
    public void updateRenamesATask() {
        engine.tasks().create(def("old", SCRIPT, DBRPS, TaskStatus.ENABLED));
        Task renamed = engine.tasks().update("old", def("new", null, null, null));
        assertEquals("new", renamed.id());
        assertTrue(renamed.executing());
        assertTrue(engine.tasks().get("old").isEmpty());
        assertFalse(engine.master().isExecuting("old"));
        assertFalse(Files.exists(dir.resolve("tasks/old.json")));
    }

    @Test
    public void deleteStopsTheTaskAndForgetsIt() {
        engine.tasks().create(def("t", SCRIPT, DBRPS, TaskStatus.ENABLED));
        engine.tasks().delete("t");
        assertFalse(engine.master().isExecuting("t"));
        assertTrue(engine.tasks().get("t").isEmpty());
        assertFalse(Files.exists(dir.resolve("tasks/t.json")));
        engine.tasks().delete("t"); // Kapacitor answers 204 for a task that is not there
    }

    @Test
    public void varsOverrideScriptDefaults() {
        Task t = engine.tasks().create(new TaskDefinition("v", null, null, DBRPS,
                "var m = 'cpu'\nstream|from().measurement(m)|httpOut('out')", TaskStatus.DISABLED,
                Map.of("m", new dev.kapacitor.api.task.TaskVar("string", "mem", "the measurement"))));
        assertEquals("mem", t.vars().get("m").value());
        assertEquals("invalid var m: unknown var type \"nope\"", assertThrows(TaskException.class,
                () -> engine.tasks().create(new TaskDefinition("w", null, null, DBRPS, SCRIPT, null,
                        Map.of("m", new dev.kapacitor.api.task.TaskVar("nope", 1, ""))))).getMessage());
    }
}

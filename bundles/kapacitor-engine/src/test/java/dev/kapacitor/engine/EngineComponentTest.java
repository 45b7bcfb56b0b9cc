package dev.kapacitor.engine;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import dev.kapacitor.api.task.Dbrp;
import dev.kapacitor.api.task.Task;
import dev.kapacitor.api.task.TaskDefinition;
import dev.kapacitor.api.task.TaskStatus;
import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.Test;

public class EngineComponentTest {
    private static EngineConfig config(String dataDir) {
        return config(dataDir, "");
    }

    private static EngineConfig config(String dataDir, String groupIdleTtl) {
        return new EngineConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return EngineConfig.class;
            }

            @Override
            public String data$_$dir() {
                return dataDir;
            }

            @Override
            public int task$_$queue$_$size() {
                return 1000;
            }

            @Override
            public long write$_$timeout$_$ms() {
                return 1000;
            }

            @Override
            public String group$_$idle$_$ttl() {
                return groupIdleTtl;
            }
        };
    }

    @Test
    public void theDefaultTaskQueueHoldsAFewBodiesNotAYoungGenerationsWorth() throws Exception {
        Object size = EngineConfig.class.getMethod("task$_$queue$_$size").getDefaultValue();
        assertEquals(10_000, size);
    }

    @Test
    public void groupIdleTtlIsAGoDurationAndEmptyMeansNever() {
        assertEquals(600_000_000_000L, EngineComponent.settings(config("/d", "10m")).groupIdleTtl());
        assertEquals(0L, EngineComponent.settings(config("/d", "")).groupIdleTtl());
        assertEquals(0L, EngineComponent.settings(config("/d", "0")).groupIdleTtl());
        assertEquals("invalid group-idle-ttl: time: unknown unit \"d\" in duration \"1d\"",
                assertThrows(IllegalArgumentException.class,
                        () -> EngineComponent.settings(config("/d", "1d"))).getMessage());
    }

    @Test
    public void aNewDataDirectoryAppliesWithoutRestart() throws Exception {
        Path a = Files.createTempDirectory("engine-a");
        Path b = Files.createTempDirectory("engine-b");
        EngineComponent c = new EngineComponent();
        c.activate(config(a.toString()));
        try {
            c.create(new TaskDefinition("t", null, null, List.of(new Dbrp("db", "rp")),
                    "stream|from()|httpOut('o')", TaskStatus.ENABLED, null));
            c.modified(config(b.toString()));
            assertTrue(c.list().isEmpty());
            c.modified(config(a.toString()));
            assertEquals(List.of("t"), c.list().stream().map(Task::id).toList());
            assertTrue(c.get("t").orElseThrow().executing());
        } finally {
            c.deactivate();
        }
        assertEquals("the Kapacitor engine is not active",
                assertThrows(IllegalStateException.class, c::list).getMessage());
    }

    @Test
    public void theDefaultDataDirectoryIsUnderKarafData() {
        String before = System.getProperty("karaf.data");
        try {
            System.setProperty("karaf.data", "/opt/karaf/data");
            assertEquals(Path.of("/opt/karaf/data/kapacitor"), EngineComponent.dataDir(""));
            System.clearProperty("karaf.data");
            assertEquals(Path.of("data/kapacitor"), EngineComponent.dataDir(" "));
            assertEquals(Path.of("/srv/k"), EngineComponent.dataDir("/srv/k"));
        } finally {
            if (before != null) {
                System.setProperty("karaf.data", before);
            }
        }
    }

    @Test
    public void alertHandlerServicesAreUsableByNameAndSurviveAReopen() throws Exception {
        Path a = Files.createTempDirectory("engine-a");
        EngineComponent c = new EngineComponent();
        var capture = new dev.kapacitor.engine.alert.CaptureHandlers();
        var props = java.util.Map.<String, Object>of(dev.kapacitor.api.alert.AlertHandlerFactory.NAME, "capture");
        c.addAlertHandler(capture, props);
        c.activate(config(a.toString()));
        try {
            String script = "stream|from()|alert().crit(lambda: TRUE).capture('x')";
            c.create(new TaskDefinition("t", null, null, List.of(new Dbrp("db", "rp")), script, TaskStatus.ENABLED, null));
            c.modified(config(Files.createTempDirectory("engine-b").toString()));
            c.removeAlertHandler(capture, props);
            assertTrue(assertThrows(dev.kapacitor.api.task.TaskException.class, () -> c.create(new TaskDefinition(
                    "u", null, null, List.of(new Dbrp("db", "rp")), script, TaskStatus.ENABLED, null)))
                    .getMessage().contains("feature:install kapacitor-alert-capture"));
            c.addAlertHandler(capture, props);
            c.create(new TaskDefinition("u", null, null, List.of(new Dbrp("db", "rp")), script, TaskStatus.ENABLED, null));
            assertTrue(c.get("u").orElseThrow().executing());
        } finally {
            c.deactivate();
        }
    }
}

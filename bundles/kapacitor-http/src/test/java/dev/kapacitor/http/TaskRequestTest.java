package dev.kapacitor.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import dev.kapacitor.api.task.Dbrp;
import dev.kapacitor.api.task.TaskDefinition;
import dev.kapacitor.api.task.TaskStatus;
import dev.kapacitor.api.task.TaskType;
import dev.kapacitor.api.task.TaskVar;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class TaskRequestTest {
    private static byte[] json(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static void assertInvalid(String body) {
        ApiException e = assertThrows(ApiException.class, () -> TaskRequest.create(json(body)));
        assertEquals(400, e.status());
        assertEquals("invalid JSON", e.getMessage());
    }

    @Test
    public void createReadsEveryOption() {
        TaskDefinition d = TaskRequest.create(json("{\"id\":\"cpu\",\"type\":\"stream\","
                + "\"dbrps\":[{\"db\":\"telegraf\",\"rp\":\"autogen\"}],\"script\":\"stream|from()\","
                + "\"status\":\"enabled\",\"vars\":{\"n\":{\"type\":\"int\",\"value\":3},"
                + "\"d\":{\"type\":\"duration\",\"value\":\"10s\",\"description\":\"window\"},"
                + "\"l\":{\"type\":\"list\",\"value\":[{\"type\":\"string\",\"value\":\"host\"}]}},\"unknown\":1}"));
        assertEquals(new TaskDefinition("cpu", null, TaskType.STREAM, List.of(new Dbrp("telegraf", "autogen")),
                "stream|from()", TaskStatus.ENABLED, Map.of(
                        "n", new TaskVar("int", 3L, ""),
                        "d", new TaskVar("duration", "10s", "window"),
                        "l", new TaskVar("list", List.of(new TaskVar("string", "host", "")), ""))), d);
    }

    @Test
    public void createDefaultsAsKapacitor() {
        TaskDefinition d = TaskRequest.create(json("{\"script\":\"stream|from()\"}"));
        assertEquals(36, d.id().length()); // a generated UUID
        assertEquals(TaskStatus.DISABLED, d.status());
        assertNull(d.type());
        assertEquals(List.of(), d.dbrps());
        assertEquals(Map.of(), d.vars());
    }

    @Test
    public void createWithoutScriptOrTemplate() {
        ApiException e = assertThrows(ApiException.class, () -> TaskRequest.create(json("{\"id\":\"x\"}")));
        assertEquals("must provide TICKscript", e.getMessage());
    }

    @Test
    public void whatGoCannotDecodeIsInvalidJson() {
        assertInvalid("{\"id\":");
        assertInvalid("");
        assertInvalid("[1]");
        assertInvalid("{\"id\":5,\"script\":\"s\"}");
        assertInvalid("{\"type\":\"streams\",\"script\":\"s\"}");
        assertInvalid("{\"status\":\"on\",\"script\":\"s\"}");
        assertInvalid("{\"vars\":{\"n\":{\"type\":\"int\",\"value\":1.5}},\"script\":\"s\"}");
        assertInvalid("{\"vars\":{\"n\":{\"type\":\"number\",\"value\":1}},\"script\":\"s\"}");
        assertInvalid("{\"dbrps\":{\"db\":\"x\"},\"script\":\"s\"}");
    }

    @Test
    public void patchTreatsEmptyValuesAsUnchanged() {
        TaskDefinition d = TaskRequest.patch(json("{\"status\":\"disabled\",\"script\":\"\",\"dbrps\":[],\"vars\":{}}"));
        assertEquals(new TaskDefinition(null, null, null, null, null, TaskStatus.DISABLED, null), d);
    }

    @Test
    public void groupIdleTtlIsOptionalText() {
        assertEquals("10m", TaskRequest.create(json("{\"script\":\"s\",\"group-idle-ttl\":\"10m\"}")).groupIdleTtl());
        assertNull(TaskRequest.create(json("{\"script\":\"s\",\"group-idle-ttl\":\"\"}")).groupIdleTtl());
        // on a patch, "" drops the task's own value and absence leaves it
        assertEquals("", TaskRequest.patch(json("{\"group-idle-ttl\":\"\"}")).groupIdleTtl());
        assertNull(TaskRequest.patch(json("{}")).groupIdleTtl());
        assertInvalid("{\"script\":\"s\",\"group-idle-ttl\":600}");
    }
}

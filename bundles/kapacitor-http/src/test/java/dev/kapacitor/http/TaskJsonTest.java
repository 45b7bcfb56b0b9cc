package dev.kapacitor.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import dev.kapacitor.api.task.Dbrp;
import dev.kapacitor.api.task.Task;
import dev.kapacitor.api.task.TaskStatus;
import dev.kapacitor.api.task.TaskType;
import dev.kapacitor.api.task.TaskVar;
import dev.kapacitor.http.json.GoJson;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class TaskJsonTest {
    static final Task CPU = new Task("cpu", null, TaskType.STREAM, List.of(new Dbrp("telegraf", "autogen")),
            "stream\n    |from()\n        .measurement('cpu')\n    |where(lambda: \"v\" > 1.0)\n",
            Map.of("limit", new TaskVar("float", 1.5, null)), "digraph cpu {\n}", TaskStatus.ENABLED, true, "",
            Map.of("node-stats", Map.of("from1", Map.of("emitted", 2L)), "task-stats", Map.of("throughput", 0.0)),
            Instant.parse("2024-01-02T03:04:05.123456789Z"), Instant.parse("2024-01-02T03:04:06Z"), null);

    private static String pretty(Object v) throws Exception {
        return new String(GoJson.pretty(v), StandardCharsets.UTF_8);
    }

    @Test
    public void taskInClientTaskFieldOrder() throws Exception {
        assertEquals("{\n"
                + "    \"link\": {\n"
                + "        \"rel\": \"self\",\n"
                + "        \"href\": \"/kapacitor/v1/tasks/cpu\"\n"
                + "    },\n"
                + "    \"id\": \"cpu\",\n"
                + "    \"template-id\": \"\",\n"
                + "    \"type\": \"stream\",\n"
                + "    \"dbrps\": [\n"
                + "        {\n"
                + "            \"db\": \"telegraf\",\n"
                + "            \"rp\": \"autogen\"\n"
                + "        }\n"
                + "    ],\n"
                + "    \"script\": \"stream\\n    |from()\\n        .measurement('cpu')\\n"
                + "    |where(lambda: \\\"v\\\" \\u003e 1.0)\\n\",\n"
                + "    \"vars\": {\n"
                + "        \"limit\": {\n"
                + "            \"type\": \"float\",\n"
                + "            \"value\": 1.5,\n"
                + "            \"description\": \"\"\n"
                + "        }\n"
                + "    },\n"
                + "    \"dot\": \"digraph cpu {\\n}\",\n"
                + "    \"status\": \"enabled\",\n"
                + "    \"executing\": true,\n"
                + "    \"error\": \"\",\n"
                + "    \"stats\": {\n"
                + "        \"task-stats\": {\n"
                + "            \"throughput\": 0\n"
                + "        },\n"
                + "        \"node-stats\": {\n"
                + "            \"from1\": {\n"
                + "                \"emitted\": 2\n"
                + "            }\n"
                + "        }\n"
                + "    },\n"
                + "    \"created\": \"2024-01-02T03:04:05.123456789Z\",\n"
                + "    \"modified\": \"2024-01-02T03:04:06Z\",\n"
                + "    \"last-enabled\": \"0001-01-01T00:00:00Z\"\n"
                + "}", pretty(TaskJson.task(CPU)));
    }

    @Test
    public void listEntryIsASortedMapWithoutTemplateId() throws Exception {
        Task disabled = new Task("mem", "tpl", TaskType.BATCH, List.of(), "batch", Map.of(), "", TaskStatus.DISABLED,
                false, "boom", null, Instant.EPOCH, Instant.EPOCH, Instant.EPOCH);
        assertEquals("{\"created\":\"1970-01-01T00:00:00Z\",\"dbrps\":[],\"dot\":\"\",\"error\":\"boom\","
                + "\"executing\":false,\"id\":\"mem\",\"last-enabled\":\"1970-01-01T00:00:00Z\","
                + "\"link\":{\"rel\":\"self\",\"href\":\"/kapacitor/v1/tasks/mem\"},"
                + "\"modified\":\"1970-01-01T00:00:00Z\",\"script\":\"batch\",\"stats\":null,"
                + "\"status\":\"disabled\",\"type\":\"batch\",\"vars\":{}}",
                new String(GoJson.compact(TaskJson.listEntry(disabled, TaskJson.LIST_FIELDS)), StandardCharsets.UTF_8));
    }

    @Test
    public void listEntryWithChosenFields() throws Exception {
        assertEquals("{\"id\":\"cpu\",\"link\":{\"rel\":\"self\",\"href\":\"/kapacitor/v1/tasks/cpu\"},\"status\":\"enabled\"}",
                new String(GoJson.compact(TaskJson.listEntry(CPU, List.of("status", "id", "link"))),
                        StandardCharsets.UTF_8));
    }

    @Test
    public void unknownFieldIsRefusedWithKapacitorsMessage() {
        ApiException e = assertThrows(ApiException.class, () -> TaskJson.listEntry(CPU, List.of("template-id")));
        assertEquals(400, e.status());
        assertEquals("unsupported field \"template-id\"", e.getMessage());
    }

    @Test
    public void listVarsNestTheirItems() throws Exception {
        Task t = new Task("t", null, TaskType.STREAM, List.of(), "s",
                Map.of("tags", new TaskVar("list", List.of(new TaskVar("string", "host", null)), "group by")),
                "", TaskStatus.DISABLED, false, null, null, Instant.EPOCH, Instant.EPOCH, null);
        assertEquals("{\"vars\":{\"tags\":{\"type\":\"list\",\"value\":[{\"type\":\"string\",\"value\":\"host\","
                + "\"description\":\"\"}],\"description\":\"group by\"}}}",
                new String(GoJson.compact(TaskJson.listEntry(t, List.of("vars"))), StandardCharsets.UTF_8));
    }
}

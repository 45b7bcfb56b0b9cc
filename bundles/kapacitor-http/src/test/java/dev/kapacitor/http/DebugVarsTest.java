package dev.kapacitor.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kapacitor.api.lineprotocol.LineProtocolParser;
import dev.kapacitor.api.lineprotocol.Precision;
import dev.kapacitor.api.task.Dbrp;
import dev.kapacitor.api.task.StatisticsService;
import dev.kapacitor.api.task.TaskDefinition;
import dev.kapacitor.api.task.TaskStatus;
import dev.kapacitor.api.task.TaskType;
import dev.kapacitor.engine.Engine;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** /kapacitor/v1/debug/vars in Jetty over a real engine running a task with a log handler. */
public class DebugVarsTest {
    private ServletJetty jetty;
    private Engine engine;
    private Path dir;

    @Before
    public void start() throws Exception {
        dir = Files.createTempDirectory("kapacitor-vars");
        engine = Engine.open(new Engine.Settings(dir.resolve("data"), 10_000, 5_000));
        KapacitorServlet servlet = new KapacitorServlet();
        servlet.statisticsService = new StatisticsService() {
            @Override
            public Server server() {
                return engine.server();
            }

            @Override
            public List<Statistic> statistics() {
                return engine.statistics();
            }
        };
        jetty = new ServletJetty(servlet);
    }

    @After
    public void stop() throws Exception {
        jetty.close();
        engine.close();
    }

    private String vars() throws Exception {
        HttpResponse<String> r = jetty.send("GET", DebugVarsResource.PATH, null);
        assertEquals(200, r.statusCode());
        return r.body();
    }

    /** The statistics of that name, by their sorted tags (server ids left out), as name=value text. */
    private static Map<String, String> statistics(JsonNode vars, String name) {
        Map<String, String> out = new TreeMap<>();
        vars.get("kapacitor").forEach(st -> {
            if (st.get("name").asText().equals(name)) {
                Map<String, String> tags = new TreeMap<>();
                st.get("tags").fields().forEachRemaining(e -> tags.put(e.getKey(), e.getValue().asText()));
                tags.remove("cluster_id");
                tags.remove("server_id");
                tags.remove("host");
                out.put(tags.toString(), new TreeMap<>(new ObjectMapper().convertValue(st.get("values"), Map.class))
                        .toString());
            }
        });
        return out;
    }

    @Test
    public void showsTheServerTheNodesAndTheAlertHandlersAsKapacitorsExpvar() throws Exception {
        Path log = dir.resolve("alerts.log");
        engine.tasks().create(new TaskDefinition("cpu", null, TaskType.STREAM, List.of(new Dbrp("db", "rp")),
                "stream|from().measurement('cpu')|alert().crit(lambda: \"v\" > 90).log('" + log + "')",
                TaskStatus.ENABLED, null));
        engine.tasks().create(new TaskDefinition("off", null, TaskType.STREAM, List.of(new Dbrp("db", "rp")),
                "stream|from()|log()", TaskStatus.DISABLED, null));
        var parsed = LineProtocolParser.parse("cpu v=95 1\ncpu v=96 2\n".getBytes(StandardCharsets.UTF_8),
                Precision.SECONDS, 0, "db", "rp");
        engine.master().writePoints("db", "rp", parsed.points());
        String body = vars();
        for (int i = 0; i < 200 && !body.contains("\"sent\": 2"); i++) {
            Thread.sleep(20);
            body = vars();
        }
        assertTrue(body, body.startsWith("{\n\"cluster_id\": \"\",\n\"cmdline\": [\"kapacitord\"],\n\"host\": \""));
        assertTrue(body, body.endsWith("\"product\": \"kapacitor\",\n\"server_id\": \"\",\n\"version\": \"1.5.0\"\n}\n"));
        JsonNode vars = new ObjectMapper().readTree(body);
        List<String> keys = new ArrayList<>();
        vars.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("cluster_id", "cmdline", "host", "kapacitor", "memstats", "num_enabled_tasks",
                "num_subscriptions", "num_tasks", "platform", "product", "server_id", "version"), keys);
        assertEquals(2, vars.get("num_tasks").asLong());
        assertEquals(1, vars.get("num_enabled_tasks").asLong());
        assertTrue(vars.get("memstats").get("HeapAlloc").asLong() > 0);
        assertEquals(Map.of("{handler=log, node=alert2, task=cpu}",
                        "{dropped=0, failed=0, retried=0, sent=2, timed_out=0}"),
                statistics(vars, "alert_handlers"));
        Map<String, String> nodes = statistics(vars, "nodes");
        assertEquals(List.of("{kind=alert, node=alert2, task=cpu, type=stream}",
                "{kind=from, node=from1, task=cpu, type=stream}", "{kind=stream, node=stream0, task=cpu, type=stream}"),
                new ArrayList<>(nodes.keySet()));
        String alert = nodes.get("{kind=alert, node=alert2, task=cpu, type=stream}");
        assertTrue(alert, alert.contains("crits_triggered=2") && alert.contains("errors=0"));
        vars.get("kapacitor").fieldNames().forEachRemaining(k -> assertEquals(36, k.length()));
    }
}

package dev.kapacitor.engine.alert;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import com.sun.net.httpserver.HttpServer;
import dev.kapacitor.alert.post.PostHandlerFactory;
import dev.kapacitor.api.gofmt.GoJson;
import dev.kapacitor.api.lineprotocol.LineProtocolParser;
import dev.kapacitor.api.lineprotocol.Precision;
import dev.kapacitor.api.task.Dbrp;
import dev.kapacitor.api.task.TaskDefinition;
import dev.kapacitor.api.task.TaskStatus;
import dev.kapacitor.api.task.TaskType;
import dev.kapacitor.engine.Engine;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * PagerTree's Kapacitor integration (seed 004): a windowed mean alerting with
 * stateChangesOnly, idTag, levelTag and messageField, posted with {@code .post(url)} to a real
 * loopback server. PagerTree opens an incident on each non-OK post and resolves it on OK, so
 * exactly one post per state change must arrive. As in Kapacitor 1.5, the posted {@code data}
 * has neither the idTag/levelTag tags nor the messageField column.
 */
public class PagerTreePostTest {
    private static final String SCRIPT = """
            var pagertree_url = 'URL'
            var period = 1m
            var crit = 90
            var warn = 80
            var info = 70

            var data = stream
               |from()
                   .database('telegraf')
                   .retentionPolicy('autogen')
                   .measurement('win_cpu')
               |window()
                   .period(period)
                   .every(period)
               |mean('Percent_User_Time')
               |eval(lambda: "mean")
                   .as('value')

            var trigger = data
               |alert()
                   .info(lambda: "value" > info)
                   .warn(lambda: "value" > warn)
                   .crit(lambda: "value" > crit)
                   .stateChangesOnly()
                   .message('{{.ID}} is {{.Level}} value: {{ index .Fields "value" }}')
                   .id('high_cpu')
                   .idTag('alertID')
                   .levelTag('level')
                   .messageField('message')
                   .post(pagertree_url)
            """;

    private final List<String> bodies = Collections.synchronizedList(new ArrayList<>());
    private HttpServer server;
    private Engine engine;
    private Path dataDir;

    @Before
    public void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/pagertree", ex -> {
            bodies.add(ex.getRequestHeaders().getFirst("Content-Type") + " "
                    + new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        server.start();
        dataDir = Files.createTempDirectory("kapacitor-pagertree");
        engine = Engine.open(new Engine.Settings(dataDir, 10_000, 5_000));
        engine.alertHandlers().add("post", new PostHandlerFactory());
    }

    @After
    public void stop() {
        engine.close();
        server.stop(0);
    }

    @Test
    public void onePostPerStateChange() throws Exception {
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/pagertree";
        // the seed's script, and its alert node's output kept by an httpOut
        engine.tasks().create(new TaskDefinition("high_cpu", null, TaskType.STREAM,
                List.of(new Dbrp("telegraf", "autogen")), SCRIPT.replace("URL", url) + "\ntrigger|httpOut('after')\n",
                TaskStatus.ENABLED, null));
        // one point a minute; each closes the previous minute's window: OK, INFO, WARNING, WARNING, CRITICAL, OK
        double[] usage = {50, 75.5, 85, 86, 95, 40, 41};
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < usage.length; i++) {
            lines.append("win_cpu,host=h1 Percent_User_Time=").append(usage[i]).append(' ')
                    .append(1_577_836_800L + 60L * i).append('\n');
        }
        var parsed = LineProtocolParser.parse(lines.toString().getBytes(StandardCharsets.UTF_8), Precision.SECONDS,
                0, "telegraf", "autogen");
        assertEquals("", parsed.errorMessage());
        engine.master().writePoints("telegraf", "autogen", parsed.points());
        long deadline = System.currentTimeMillis() + 10_000;
        while (bodies.size() < 4 && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        Thread.sleep(200); // a fifth post would be a bug: give it the time to arrive
        // the default details ({{ json . }} through html/template) carry the host name: masked
        List<String> got = bodies.stream().map(b -> b.replaceFirst(HOST,
                Matcher.quoteReplacement("Hostname" + Q + ":" + Q + "HOST" + Q)))
                .toList();
        assertEquals(List.of(
                body("INFO", "OK", "75.5", "2020-01-01T00:02:00Z", 0),
                body("WARNING", "INFO", "85", "2020-01-01T00:03:00Z", 60),
                body("CRITICAL", "WARNING", "95", "2020-01-01T00:05:00Z", 180),
                body("OK", "CRITICAL", "40", "2020-01-01T00:06:00Z", 240)), got);
        // Kapacitor 1.5's alert.go posts the point's result as it entered the node (p.ToResult()):
        // idTag, levelTag and messageField annotate only the point the node passes on
        for (String b : got) {
            String data = b.substring(b.indexOf("\"data\":"), b.indexOf(",\"previousLevel\""));
            assertFalse(data, data.contains("alertID") || data.contains("\"level\"") || data.contains("message"));
        }
        assertEquals("{\"series\":[{\"name\":\"win_cpu\",\"tags\":{\"alertID\":\"high_cpu\",\"level\":\"OK\"},"
                        + "\"columns\":[\"time\",\"message\",\"value\"],\"values\":[[\"2020-01-01T00:06:00Z\","
                        + "\"high_cpu is OK value: 40\",40]]}]}",
                GoJson.result(engine.httpOut("high_cpu", "after").orElseThrow().series()).strip());
    }

    /** A double quote as html/template escapes it inside the JSON string. */
    private static final String Q = "\\u0026#34;";
    private static final String HOST = Pattern.quote("Hostname" + Q + ":" + Q) + "[^\\\\]*" + Pattern.quote(Q);

    private static String body(String level, String previous, String value, String time, long durationSeconds) {
        String message = "high_cpu is " + level + " value: " + value;
        long nanos = durationSeconds * 1_000_000_000L;
        String details = "{" + Q + "Name" + Q + ":" + Q + "win_cpu" + Q + "," + Q + "TaskName" + Q + ":" + Q
                + "high_cpu" + Q + "," + Q + "Group" + Q + ":" + Q + "nil" + Q + "," + Q + "Tags" + Q + ":{},"
                + Q + "ServerInfo" + Q + ":{" + Q + "Hostname" + Q + ":" + Q + "HOST" + Q + "," + Q + "ClusterID"
                + Q + ":" + Q + Q + "," + Q + "ServerID" + Q + ":" + Q + Q + "}," + Q + "ID" + Q + ":" + Q
                + "high_cpu" + Q + "," + Q + "Fields" + Q + ":{" + Q + "value" + Q + ":" + value + "}," + Q + "Level"
                + Q + ":" + Q + level + Q + "," + Q + "Time" + Q + ":" + Q + time + Q + "," + Q + "Duration" + Q
                + ":" + nanos + "," + Q + "Message" + Q + ":" + Q + message + Q + "}\\n";
        return "application/json {\"id\":\"high_cpu\",\"message\":\"" + message + "\",\"details\":\"" + details
                + "\",\"time\":\"" + time + "\",\"duration\":" + nanos + ",\"level\":\"" + level
                + "\",\"data\":{\"series\":[{\"name\":\"win_cpu\",\"columns\":[\"time\",\"value\"],\"values\":[[\""
                + time + "\"," + value + "]]}]},\"previousLevel\":\"" + previous + "\",\"recoverable\":true}\n";
    }
}

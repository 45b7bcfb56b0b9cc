package dev.kapacitor.alert.slack;

import static org.junit.Assert.assertEquals;

import com.sun.net.httpserver.HttpServer;
import dev.kapacitor.api.alert.support.JsonPoster;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * Kapacitor's {@code global} and {@code state-changes-only} of the default workspace, through the
 * engine's real alert nodes and a loopback webhook: a script that names no {@code .slack()} posts
 * anyway, one that names it posts once per event, and state-changes-only suppresses repeats.
 */
public class SlackGlobalTest {
    private static final String ALERT = "stream|from().measurement('cpu')|alert().crit(lambda: \"v\" > 90)";

    private final List<String> channels = Collections.synchronizedList(new ArrayList<>());
    private final SlackHandlerFactory factory = new SlackHandlerFactory(
            new JsonPoster.Settings(Duration.ofSeconds(1), Duration.ofSeconds(2), 1, Duration.ofMillis(10)));
    private HttpServer server;
    private Engine engine;

    @Before
    public void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", ex -> {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            channels.add(body.strip().replaceAll(".*\"fallback\":\"([^\"]*)\".*\"channel\":\"([^\"]*)\".*", "$2 $1"));
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        server.start();
        engine = Engine.open(new Engine.Settings(Files.createTempDirectory("kapacitor-slack"), 10_000, 5_000));
        engine.alertHandlers().add("slack", factory);
    }

    @After
    public void stop() {
        engine.close();
        server.stop(0);
    }

    private void workspace(boolean global, boolean stateChangesOnly) {
        factory.addWorkspace(new SlackWorkspace(true, true, "", "http://127.0.0.1:" + server.getAddress().getPort()
                + "/hook", "#global", "kapacitor", "").global(global, stateChangesOnly));
    }

    private void task(String id, String script) {
        engine.tasks().create(new TaskDefinition(id, null, TaskType.STREAM, List.of(new Dbrp("db", "rp")), script,
                TaskStatus.ENABLED, null));
    }

    /** Three points a second apart: CRITICAL, CRITICAL, OK; then waits for {@code expected} posts. */
    private List<String> write(int expected) throws Exception {
        String lines = "cpu v=95 1\ncpu v=96 2\ncpu v=40 3\n";
        var parsed = LineProtocolParser.parse(lines.getBytes(StandardCharsets.UTF_8), Precision.SECONDS, 0, "db", "rp");
        engine.master().writePoints("db", "rp", parsed.points());
        long deadline = System.currentTimeMillis() + 10_000;
        while (channels.size() < expected && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        Thread.sleep(300); // one post too many would be the bug: give it time to arrive
        List<String> got = new ArrayList<>(channels);
        Collections.sort(got);
        return got;
    }

    @Test
    public void aGlobalWorkspaceHandlesNodesThatDoNotNameSlack() throws Exception {
        workspace(true, false);
        task("anon", ALERT);
        task("named", ALERT + ".slack().channel('#named')");
        assertEquals(List.of("#global cpu:nil is CRITICAL", "#global cpu:nil is CRITICAL", "#global cpu:nil is OK",
                "#named cpu:nil is CRITICAL", "#named cpu:nil is CRITICAL", "#named cpu:nil is OK"), write(6));
    }

    @Test
    public void globalStateChangesOnlyMakesEveryNodeStateChangesOnly() throws Exception {
        workspace(true, true);
        task("anon", ALERT);
        task("named", ALERT + ".slack().channel('#named')");
        assertEquals(List.of("#global cpu:nil is CRITICAL", "#global cpu:nil is OK",
                "#named cpu:nil is CRITICAL", "#named cpu:nil is OK"), write(4));
    }

    @Test
    public void notGlobalPostsOnlyWhereNamed() throws Exception {
        workspace(false, true);
        task("anon", ALERT);
        task("named", ALERT + ".slack().channel('#named')");
        assertEquals(List.of("#named cpu:nil is CRITICAL", "#named cpu:nil is CRITICAL", "#named cpu:nil is OK"),
                write(3));
    }
}

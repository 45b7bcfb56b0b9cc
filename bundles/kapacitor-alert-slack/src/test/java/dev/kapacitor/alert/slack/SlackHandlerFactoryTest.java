package dev.kapacitor.alert.slack;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import com.sun.net.httpserver.HttpServer;
import dev.kapacitor.api.alert.AlertEvent;
import dev.kapacitor.api.alert.AlertLevel;
import dev.kapacitor.api.alert.HandlerOptions;
import dev.kapacitor.api.alert.support.JsonPoster;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class SlackHandlerFactoryTest {
    private HttpServer server;
    private final List<String> received = Collections.synchronizedList(new ArrayList<>());
    private volatile int status = 200;
    private volatile String answer = "ok";
    private final SlackHandlerFactory factory = new SlackHandlerFactory(
            new JsonPoster.Settings(Duration.ofSeconds(1), Duration.ofSeconds(2), 2, Duration.ofMillis(10)));

    @Before
    public void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> {
            received.add(ex.getRequestURI().getPath() + " " + ex.getRequestHeaders().getFirst("Content-Type") + " "
                    + new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] b = answer.getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(status, b.length);
            ex.getResponseBody().write(b);
            ex.close();
        });
        server.start();
    }

    @After
    public void stop() {
        server.stop(0);
    }

    private SlackWorkspace workspace(String name, boolean isDefault, String path) {
        return new SlackWorkspace(true, isDefault, name, "http://127.0.0.1:" + server.getAddress().getPort() + path,
                "#alerts", "kapacitor", "");
    }

    private static HandlerOptions options(Map<String, List<List<Object>>> calls) {
        return new HandlerOptions("t", "alert2", List.of(), calls);
    }

    private static AlertEvent event(AlertLevel level, String message) {
        return AlertEvent.builder().id("cpu:nil").message(message).time(Instant.EPOCH).level(level).json("{}").build();
    }

    @Test
    public void postsKapacitorsBodyWithTheWorkspaceDefaults() throws Exception {
        factory.addWorkspace(workspace("", false, "/services/T/B/x"));
        factory.create(options(Map.of())).handle(event(AlertLevel.CRITICAL, "cpu:nil is CRITICAL <b>&</b>"));
        assertEquals(List.of("/services/T/B/x application/json {\"as_user\":false,\"attachments\":[{\"fallback\":"
                + "\"cpu:nil is CRITICAL \\u003cb\\u003e\\u0026\\u003c/b\\u003e\",\"color\":\"danger\",\"text\":"
                + "\"cpu:nil is CRITICAL \\u003cb\\u003e\\u0026\\u003c/b\\u003e\",\"mrkdwn_in\":[\"text\"]}],"
                + "\"channel\":\"#alerts\",\"icon_emoji\":\"\",\"text\":\"\",\"username\":\"kapacitor\"}\n"), received);
    }

    @Test
    public void scriptOptionsOverrideAndPickTheWorkspace() throws Exception {
        factory.addWorkspace(workspace("ops", true, "/ops"));
        factory.addWorkspace(workspace("dev", false, "/dev"));
        factory.create(options(Map.of("workspace", List.of(List.of("dev")), "channel", List.of(List.of("@me")),
                "username", List.of(List.of("bot")), "iconEmoji", List.of(List.of(":fire:")))))
                .handle(event(AlertLevel.WARNING, "w"));
        factory.create(options(Map.of())).handle(event(AlertLevel.OK, "fine"));
        assertEquals(List.of(
                "/dev application/json {\"as_user\":false,\"attachments\":[{\"fallback\":\"w\",\"color\":\"warning\","
                        + "\"text\":\"w\",\"mrkdwn_in\":[\"text\"]}],\"channel\":\"@me\",\"icon_emoji\":\":fire:\","
                        + "\"text\":\"\",\"username\":\"bot\"}\n",
                "/ops application/json {\"as_user\":false,\"attachments\":[{\"fallback\":\"fine\",\"color\":\"good\","
                        + "\"text\":\"fine\",\"mrkdwn_in\":[\"text\"]}],\"channel\":\"#alerts\",\"icon_emoji\":\"\","
                        + "\"text\":\"\",\"username\":\"kapacitor\"}\n"), received);
    }

    @Test
    public void errorsAreKapacitors() {
        assertEquals("no slack configuration found", assertThrows(IllegalStateException.class,
                () -> factory.create(options(Map.of())).handle(event(AlertLevel.INFO, "m"))).getMessage());
        factory.addWorkspace(workspace("ops", false, "/ops"));
        assertEquals("workspace id not found", assertThrows(IllegalStateException.class,
                () -> factory.create(options(Map.of("workspace", List.of(List.of("x"))))).handle(
                        event(AlertLevel.INFO, "m"))).getMessage());
        status = 404;
        answer = "{\"error\":\"channel_not_found\"}";
        assertEquals("channel_not_found", assertThrows(IOException.class,
                () -> factory.create(options(Map.of())).handle(event(AlertLevel.INFO, "m"))).getMessage());
        status = 500;
        answer = "boom";
        assertEquals("failed to understand Slack response. code: 500 content: boom", assertThrows(IOException.class,
                () -> factory.create(options(Map.of())).handle(event(AlertLevel.INFO, "m"))).getMessage());
        assertEquals(3, received.size());
        assertEquals(1, factory.poster().retries());
    }

    @Test
    public void aBadWebhookUrlIsRefusedWithoutQuotingIt() {
        assertEquals("invalid slack url (not shown: it holds a secret)", assertThrows(IllegalArgumentException.class,
                () -> new SlackWorkspace(true, true, "", "http://hooks/ secret", "", "", "")).getMessage());
    }

    @Test
    public void theServiceTestPostsKapacitorsTestMessageToTheDefaultWorkspace() throws Exception {
        assertEquals("{workspace=, channel=, message=test slack message, level=CRITICAL, username=, icon-emoji=}",
                factory.options().toString());
        factory.addWorkspace(workspace("ops", true, "/ops"));
        factory.addWorkspace(workspace("dev", false, "/dev"));
        Map<String, Object> options = factory.options();
        assertEquals("{workspace=ops, channel=#alerts, message=test slack message, level=CRITICAL, username=, "
                + "icon-emoji=}", options.toString());
        factory.test(options);
        options.put("workspace", "dev");
        options.put("icon-emoji", ":fire:");
        options.put("level", "ok");
        factory.test(options);
        assertEquals(List.of(
                "/ops application/json {\"as_user\":false,\"attachments\":[{\"fallback\":\"test slack message\","
                        + "\"color\":\"danger\",\"text\":\"test slack message\",\"mrkdwn_in\":[\"text\"]}],"
                        + "\"channel\":\"#alerts\",\"icon_emoji\":\"\",\"text\":\"\",\"username\":\"kapacitor\"}\n",
                "/dev application/json {\"as_user\":false,\"attachments\":[{\"fallback\":\"test slack message\","
                        + "\"color\":\"good\",\"text\":\"test slack message\",\"mrkdwn_in\":[\"text\"]}],"
                        + "\"channel\":\"#alerts\",\"icon_emoji\":\":fire:\",\"text\":\"\",\"username\":\"kapacitor\"}\n"),
                received);
        options.put("workspace", "nope");
        assertEquals("workspace id not found",
                assertThrows(IllegalStateException.class, () -> factory.test(options)).getMessage());
    }
}

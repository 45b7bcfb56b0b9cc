package dev.kapacitor.api.alert.support;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.kapacitor.api.alert.AlertEvent;
import dev.kapacitor.api.alert.AlertHandler;
import dev.kapacitor.api.alert.AlertLevel;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class JsonPosterTest {
    private static final JsonPoster.Settings FAST =
            new JsonPoster.Settings(Duration.ofSeconds(1), Duration.ofSeconds(2), 3, Duration.ofMillis(10));
    private HttpServer server;
    private final List<String> received = Collections.synchronizedList(new ArrayList<>());
    private final List<Integer> clientPorts = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger failFirst = new AtomicInteger();
    private volatile int failStatus = 503;

    @Before
    public void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> {
            clientPorts.add(ex.getRemoteAddress().getPort());
            received.add(ex.getRequestHeaders().getFirst("Content-Type") + " "
                    + new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            int status = failFirst.getAndDecrement() > 0 ? failStatus : 200;
            byte[] b = ("answer " + status).getBytes(StandardCharsets.UTF_8);
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

    private URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/secret-token");
    }

    @Test
    public void retries5xxThenSucceeds() throws Exception {
        failFirst.set(2);
        JsonPoster p = new JsonPoster(FAST);
        JsonPoster.Answer a = p.post(url(), "{}", Map.of());
        assertEquals(new JsonPoster.Answer(200, "answer 200"), a);
        assertEquals(List.of("application/json {}", "application/json {}", "application/json {}"), received);
        assertEquals(3, p.requests());
        assertEquals(2, p.retries());
        assertEquals(0, p.failures());
    }

    @Test
    public void givesUpAfterTheLastAttemptAndDoesNotRetry4xx() throws Exception {
        failFirst.set(10);
        JsonPoster p = new JsonPoster(FAST);
        assertEquals(503, p.post(url(), "{}", Map.of()).status());
        assertEquals(3, received.size());
        failStatus = 404;
        JsonPoster.Answer a = p.post(url(), "{}", Map.of());
        assertFalse(a.ok());
        assertEquals(4, received.size());
        assertEquals(2, p.failures());
    }

    @Test
    public void anUnreachableServerFailsWithoutNamingThePath() throws Exception {
        URI dead = url();
        server.stop(0);
        JsonPoster p = new JsonPoster(FAST);
        IOException e = assertThrows(IOException.class, () -> p.post(dead, "{}", Map.of()));
        assertTrue(e.getMessage(), e.getMessage().startsWith("POST to 127.0.0.1 failed after 3 attempts: "));
        assertFalse(e.getMessage().contains("secret"));
        assertEquals(2, p.retries());
        assertEquals(1, p.failures());
    }

    @Test
    public void eachHandlerCountsItsOwnRetriesAndTheIntegrationAll() throws Exception {
        JsonPoster integration = new JsonPoster(FAST);
        AlertHandler first = integration.handler((p, e) -> p.post(url(), "{\"id\":\"" + e.id() + "\"}", Map.of()));
        AlertHandler second = integration.handler((p, e) -> p.post(url(), "{}", Map.of()));
        AlertEvent e = AlertEvent.builder().id("a").time(Instant.EPOCH).level(AlertLevel.OK).json("{}").build();
        failFirst.set(2);
        first.handle(e);
        failFirst.set(1);
        second.handle(e);
        assertEquals(2, first.retried());
        assertEquals(1, second.retried());
        assertEquals(3, integration.retries());
        assertEquals(5, integration.requests());
    }

    @Test
    public void postsReuseOneConnection() throws Exception {
        JsonPoster p = new JsonPoster(FAST);
        failFirst.set(1);
        failStatus = 400;
        assertEquals(new JsonPoster.Answer(400, "answer 400"), p.post(url(), "{}", Map.of()));
        for (int i = 0; i < 3; i++) {
            assertTrue(p.post(url(), "{\"n\":" + i + "}", Map.of()).ok());
        }
        assertEquals(4, clientPorts.size());
        assertEquals("one keep-alive connection: " + clientPorts, 1, clientPorts.stream().distinct().count());
    }

    @Test
    public void aBodyWithoutContentTypeIsSentWithoutOne() throws Exception {
        JsonPoster p = new JsonPoster(FAST);
        assertTrue(p.send(url(), "cpu is CRITICAL", Map.of("X-Team", "ops"), Duration.ofSeconds(1)).ok());
        assertTrue(p.send(url(), "plain", Map.of("content-type", "text/plain"), Duration.ofSeconds(1)).ok());
        assertEquals(List.of("null cpu is CRITICAL", "text/plain plain"), received);
    }
}

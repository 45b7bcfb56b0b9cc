package dev.kapacitor.alert.post;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.kapacitor.api.alert.AlertEvent;
import dev.kapacitor.api.alert.AlertHandler;
import dev.kapacitor.api.alert.AlertLevel;
import dev.kapacitor.api.alert.HandlerOptions;
import dev.kapacitor.api.alert.support.JsonPoster;
import dev.kapacitor.api.model.Row;
import dev.kapacitor.gotemplate.TemplateException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class PostHandlerFactoryTest {
    private static final JsonPoster.Settings FAST =
            new JsonPoster.Settings(Duration.ofSeconds(1), Duration.ofSeconds(2), 2, Duration.ofMillis(10));
    private HttpServer server;
    private final List<String> received = Collections.synchronizedList(new ArrayList<>());
    private volatile int status = 200;
    private volatile long delayMillis;

    @Before
    public void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(ex.getRequestURI().getPath() + " " + ex.getRequestHeaders().getFirst("Content-Type") + " "
                    + ex.getRequestHeaders().getFirst("X-Team") + " "
                    + ex.getRequestHeaders().getFirst("Authorization") + " " + body);
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] answer = "no room".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(status, answer.length);
            ex.getResponseBody().write(answer);
            ex.close();
        });
        server.start();
    }

    @After
    public void stop() {
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private static HandlerOptions options(String url, Map<String, List<List<Object>>> calls) {
        return new HandlerOptions("t", "alert2", List.of(url), calls);
    }

    private static AlertEvent event() {
        return AlertEvent.builder().id("cpu").time(Instant.EPOCH).level(AlertLevel.CRITICAL)
                .json("{\"id\":\"cpu\"}").build();
    }

    @Test
    public void postsTheEventJsonWithANewlineAndTheHeaders() throws Exception {
        AlertHandler h = new PostHandlerFactory(FAST).create(options(url("/alert"),
                Map.of("header", List.of(List.of("X-Team", "ops")))));
        h.handle(event());
        assertEquals(List.of("/alert application/json ops null {\"id\":\"cpu\"}\n"), received);
    }

    @Test
    public void aNon2xxAnswerIsAnErrorWithTheBodyWhenCaptured() {
        status = 507;
        IOException plain = assertThrows(IOException.class,
                () -> new PostHandlerFactory(FAST).create(options(url("/a"), Map.of())).handle(event()));
        assertEquals("POST returned non 2xx status code 507: unknown error, use .captureResponse() to capture "
                + "the HTTP response", plain.getMessage());
        IOException captured = assertThrows(IOException.class, () -> new PostHandlerFactory(FAST)
                .create(options(url("/a"), Map.of("captureResponse", List.of(List.of())))).handle(event()));
        assertEquals("POST returned non 2xx status code 507: no room", captured.getMessage());
    }

    @Test
    public void theTimeoutBoundsEachPost() {
        delayMillis = 2000;
        long t0 = System.nanoTime();
        IOException e = assertThrows(IOException.class, () -> new PostHandlerFactory(FAST)
                .create(options(url("/slow"), Map.of("timeout", List.of(List.of(Duration.ofMillis(100)))))).handle(event()));
        assertEquals("POST to 127.0.0.1 failed after 2 attempts: timed out after 100 ms", e.getMessage());
        assertTrue(System.nanoTime() - t0 < 1_500_000_000L);
    }

    @Test
    public void theAuthenticateHeaderIsRefused() {
        assertEquals("cannot set 'authenticate' header", assertThrows(IllegalArgumentException.class,
                () -> new PostHandlerFactory(FAST).validate(options(url("/"),
                        Map.of("header", List.of(List.of("Authenticate", "x")))))).getMessage());
    }

    @Test
    public void a5xxIsRetriedOnce() throws Exception {
        status = 503;
        assertThrows(IOException.class, () -> new PostHandlerFactory(FAST).create(options(url("/r"), Map.of()))
                .handle(event()));
        assertEquals(2, received.size());
    }

    @Test
    public void aNamedEndpointHasItsUrlHeadersAuthAndTemplate() throws Exception {
        PostHandlerFactory f = new PostHandlerFactory(FAST);
        f.addEndpoint(new PostEndpoint("tree", url("/tree"), new String[] {"X-Team:infra; Content-Type: text/plain"},
                "bob", "pw", "{{.ID}} is {{.Level}}", ""));
        f.create(new HandlerOptions("t", "alert2", List.of(), Map.of("endpoint", List.of(List.of("tree")),
                "header", List.of(List.of("X-Team", "ops"))))).handle(event());
        assertEquals(List.of("/tree text/plain ops Basic Ym9iOnB3 cpu is CRITICAL"), received);
    }

    @Test
    public void withoutATemplateTheEndpointPostsTheJson() throws Exception {
        PostHandlerFactory f = new PostHandlerFactory(FAST);
        f.addEndpoint(new PostEndpoint("j", url("/j"), new String[] {"X-Team:infra"}, "", "", "", ""));
        f.create(new HandlerOptions("t", "alert2", List.of("http://ignored.invalid/"),
                Map.of("endpoint", List.of(List.of("j"))))).handle(event());
        assertEquals(List.of("/j application/json infra null {\"id\":\"cpu\"}\n"), received);
    }

    @Test
    public void anUnknownEndpointFallsBackToTheUrlAndFailsWithout() throws Exception {
        PostHandlerFactory f = new PostHandlerFactory(FAST);
        f.addEndpoint(new PostEndpoint("nope", "", new String[0], "", "", "", "")); // no URL: inactive
        f.create(new HandlerOptions("t", "alert2", List.of(url("/u")), Map.of("endpoint", List.of(List.of("nope")))))
                .handle(event());
        assertEquals(1, received.size());
        assertEquals("An appropriately formatted url must be specified if an endpoint is not specified",
                assertThrows(IllegalArgumentException.class, () -> f.create(new HandlerOptions("t", "alert2",
                        List.of(), Map.of("endpoint", List.of(List.of("nope")))))).getMessage());
    }

    @Test
    public void aBrokenTemplateFailsTheConfiguration() {
        assertThrows(TemplateException.class,
                () -> new PostEndpoint("b", url("/"), new String[0], "", "", "{{.Nope}}", ""));
        assertThrows(TemplateException.class,
                () -> new PostEndpoint("b", url("/"), new String[0], "", "", "", "{{.Values.Nope}}"));
    }

    /** Kapacitor's documented httppost alert-template, over the alert's rows. */
    @Test
    public void theAlertTemplateReadsTheAlertsRowsAsData() throws Exception {
        PostHandlerFactory f = new PostHandlerFactory(FAST);
        f.addEndpoint(new PostEndpoint("rows", url("/rows"), new String[0], "", "",
                "{{.Message}}:{{range .Data.Series}}{{.Name}} {{.Tags}} {{.Columns}},{{range .Values}}{{.}}{{end}}"
                        + "{{end}} {{.PreviousLevel}} {{.Recoverable}}", ""));
        AlertEvent e = AlertEvent.builder().id("cpu").message("cpu is CRITICAL").time(Instant.EPOCH)
                .level(AlertLevel.CRITICAL).previousLevel(AlertLevel.WARNING).json("{}")
                .data(List.of(new Row("cpu", Map.of("host", "serverA"), List.of("time", "value"),
                        List.of(List.of("2018-01-01T00:00:01.5Z", 1.5), List.of("2018-01-01T00:00:02Z", 2.0)))))
                .build();
        f.create(new HandlerOptions("t", "alert2", List.of(), Map.of("endpoint", List.of(List.of("rows")))))
                .handle(e);
        assertEquals(List.of("/rows null null null cpu is CRITICAL:cpu map[host:serverA] [time value],"
                + "[2018-01-01 00:00:01.5 +0000 UTC 1.5][2018-01-01 00:00:02 +0000 UTC 2] WARNING true"), received);
    }

    /** Kapacitor's inline templates have encoding/json as json; one from a file has no json. */
    @Test
    public void anInlineTemplateHasJsonAsKapacitors() throws Exception {
        PostHandlerFactory f = new PostHandlerFactory(FAST);
        f.addEndpoint(new PostEndpoint("j", url("/json"), new String[0], "", "",
                "{{ json .Data }}{{ json . }}{{ range .Data.Series }}{{ json . }}{{ end }}", ""));
        AlertEvent e = AlertEvent.builder().id("cpu").time(Instant.EPOCH).level(AlertLevel.CRITICAL)
                .json("{\"id\":\"cpu\"}")
                .data(List.of(new Row("cpu", null, List.of("time", "value"), List.of(List.of("2018-01-01T00:00:00Z", 1.5)))))
                .build();
        f.create(new HandlerOptions("t", "alert2", List.of(), Map.of("endpoint", List.of(List.of("j"))))).handle(e);
        String row = "{\"name\":\"cpu\",\"columns\":[\"time\",\"value\"],\"values\":[[\"2018-01-01T00:00:00Z\",1.5]]}";
        assertEquals(List.of("/json null null null {\"series\":[" + row + "]}\n{\"id\":\"cpu\"}\n" + row + "\n"),
                received);
        Path file = Files.createTempFile("alert", ".tmpl");
        Files.writeString(file, "{{ json . }}");
        PostEndpointConfig fromFile = (PostEndpointConfig) java.lang.reflect.Proxy.newProxyInstance(
                PostEndpointConfig.class.getClassLoader(), new Class<?>[] {PostEndpointConfig.class},
                (proxy, m, args) -> m.getName().equals("alert$_$template$_$file") ? file.toString() : m.getDefaultValue());
        assertThrows(TemplateException.class, () -> new PostEndpoint(fromFile));
    }
}

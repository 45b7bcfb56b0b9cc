package dev.kapacitor.alert.pagerduty;

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

/** Both PagerDuty handlers against a loopback server standing in for PagerDuty. */
public class PagerDutyHandlersTest {
    private static final JsonPoster.Settings FAST =
            new JsonPoster.Settings(Duration.ofSeconds(1), Duration.ofSeconds(2), 2, Duration.ofMillis(10));
    private static final String DATA = "{\"series\":[{\"name\":\"cpu\",\"tags\":{\"host\":\"serverA\"},"
            + "\"columns\":[\"time\",\"value\"],\"values\":[[\"1971-01-01T00:00:10Z\",97.1]]}]}";
    private HttpServer server;
    private final List<String> received = Collections.synchronizedList(new ArrayList<>());
    private volatile int status = 200;
    private volatile String answer = "{\"status\":\"success\"}";

    @Before
    public void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> {
            received.add(ex.getRequestURI().getPath() + " " + ex.getRequestHeaders().getFirst("Accept") + " "
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

    private PagerDutyTarget target(String path) {
        return PagerDutyTarget.of(true, "conf-key", "http://127.0.0.1:" + server.getAddress().getPort() + path,
                "http://localhost:9092/kapacitor/v1", false);
    }

    private static HandlerOptions options(Map<String, List<List<Object>>> calls) {
        return new HandlerOptions("t", "alert2", List.of(), calls);
    }

    private static AlertEvent event(AlertLevel level) {
        return AlertEvent.builder().id("kapacitor/cpu/serverA").message("CRITICAL alert for kapacitor/cpu/serverA")
                .details("<b>cpu</b>").time(Instant.parse("1971-01-01T00:00:10Z")).level(level).taskName("TestPD")
                .tags(Map.of("host", "serverA"))
                .json("{\"id\":\"kapacitor/cpu/serverA\",\"data\":" + DATA + ",\"recoverable\":true}").build();
    }

    @Test
    public void v1TriggersAndResolvesWithKapacitorsBody() throws Exception {
        PagerDutyHandlerFactory f = new PagerDutyHandlerFactory(FAST);
        f.configure(target("/generic/2010-04-15/create_event.json"));
        f.create(options(Map.of())).handle(event(AlertLevel.CRITICAL));
        f.create(options(Map.of("serviceKey", List.of(List.of("script-key"))))).handle(event(AlertLevel.OK));
        String common = "{\"client\":\"kapacitor\",\"client_url\":\"http://localhost:9092/kapacitor/v1\","
                + "\"description\":\"CRITICAL alert for kapacitor/cpu/serverA\","
                + "\"details\":\"\\u003cb\\u003ecpu\\u003c/b\\u003e\",\"event_type\":";
        assertEquals(List.of(
                "/generic/2010-04-15/create_event.json null " + common
                        + "\"trigger\",\"incident_key\":\"kapacitor/cpu/serverA\",\"service_key\":\"conf-key\"}\n",
                "/generic/2010-04-15/create_event.json null " + common
                        + "\"resolve\",\"incident_key\":\"kapacitor/cpu/serverA\",\"service_key\":\"script-key\"}\n"),
                received);
        assertEquals("AlertLevel 'info' is currently ignored by the PagerDuty service",
                assertThrows(IllegalArgumentException.class,
                        () -> f.create(options(Map.of())).handle(event(AlertLevel.INFO))).getMessage());
        status = 400;
        answer = "{\"status\":\"invalid event\",\"message\":\"Event object is invalid\"}";
        assertEquals("Event object is invalid", assertThrows(IOException.class,
                () -> f.create(options(Map.of())).handle(event(AlertLevel.WARNING))).getMessage());
    }

    @Test
    public void v2TriggersWithThePayloadAndResolvesByDedupKey() throws Exception {
        PagerDuty2HandlerFactory f = new PagerDuty2HandlerFactory(FAST);
        f.configure(target("/v2/enqueue"));
        status = 202;
        f.create(options(Map.of())).handle(event(AlertLevel.WARNING));
        f.create(options(Map.of("serviceKey", List.of(List.of("rk"))))).handle(event(AlertLevel.OK));
        assertEquals(List.of(
                "/v2/enqueue application/vnd.pagerduty+json;version=2 {\"routing_key\":\"conf-key\","
                        + "\"event_action\":\"trigger\",\"dedup_key\":\"kapacitor/cpu/serverA\",\"payload\":{"
                        + "\"summary\":\"CRITICAL alert for kapacitor/cpu/serverA\",\"source\":\"serverA\","
                        + "\"severity\":\"warning\",\"timestamp\":\"1971-01-01T00:00:10.000000000Z\","
                        + "\"class\":\"TestPD\",\"component\":\"\",\"group\":\"\",\"custom_details\":{\"result\":"
                        + DATA + "}},\"images\":null,\"links\":null,\"client\":\"kapacitor\","
                        + "\"client_url\":\"http://localhost:9092/kapacitor/v1\"}\n",
                "/v2/enqueue application/vnd.pagerduty+json;version=2 {\"routing_key\":\"rk\","
                        + "\"dedup_key\":\"kapacitor/cpu/serverA\",\"event_action\":\"resolve\"}\n"),
                received);
        status = 400;
        answer = "{\"status\":\"invalid event\",\"message\":\"Event object is invalid\",\"errors\":[\"a\",\"b c\"]}";
        assertEquals("Status: invalid event, Message: Event object is invalid Errors: [a b c]",
                assertThrows(IOException.class,
                        () -> f.create(options(Map.of())).handle(event(AlertLevel.INFO))).getMessage());
    }

    @Test
    public void disabledServicesRefuse() {
        PagerDuty2HandlerFactory f = new PagerDuty2HandlerFactory(FAST);
        assertEquals("service is not enabled", assertThrows(IllegalStateException.class,
                () -> f.create(options(Map.of())).handle(event(AlertLevel.CRITICAL))).getMessage());
    }

    @Test
    public void v1ServiceTestSendsKapacitorsTestIncident() throws Exception {
        PagerDutyHandlerFactory f = new PagerDutyHandlerFactory(FAST);
        f.configure(target("/v1"));
        assertEquals("pagerduty", f.name());
        Map<String, Object> o = f.options();
        assertEquals("{incident-key=testIncidentKey, description=test pagerduty message, details=, level=CRITICAL}",
                o.toString());
        f.test(o);
        o.put("level", "OK");
        o.put("details", "d");
        f.test(o);
        String common = "{\"client\":\"kapacitor\",\"client_url\":\"http://localhost:9092/kapacitor/v1\","
                + "\"description\":\"test pagerduty message\",\"details\":";
        assertEquals(List.of(
                "/v1 null " + common + "\"\",\"event_type\":\"trigger\",\"incident_key\":\"testIncidentKey\","
                        + "\"service_key\":\"conf-key\"}\n",
                "/v1 null " + common + "\"d\",\"event_type\":\"resolve\",\"incident_key\":\"testIncidentKey\","
                        + "\"service_key\":\"conf-key\"}\n"), received);
    }

    @Test
    public void v2ServiceTestSendsKapacitorsTestEvent() throws Exception {
        PagerDuty2HandlerFactory f = new PagerDuty2HandlerFactory(FAST);
        f.configure(target("/v2/enqueue"));
        assertEquals("pagerduty2", f.name());
        Map<String, Object> o = f.options();
        assertEquals("{alert_id=testAlertID, description=test pagerduty2 message, level=CRITICAL, event_data={"
                + "Name=testPagerDuty2, TaskName=, Category=, Group=, Tags={}, Fields={}, Recoverable=false, "
                + "Result={series=null}}, timestamp=2014-11-12T11:45:26.371Z}", o.toString());
        f.test(o);
        o.put("event_data", Map.of("TaskName", "task", "Tags", Map.of("host", "h1"),
                "Result", Map.of("series", List.of())));
        o.put("level", "info");
        f.test(o);
        String head = "/v2/enqueue application/vnd.pagerduty+json;version=2 {\"routing_key\":\"conf-key\","
                + "\"event_action\":\"trigger\",\"dedup_key\":\"testAlertID\",\"payload\":{"
                + "\"summary\":\"test pagerduty2 message\",\"source\":";
        String tail = "\"images\":null,\"links\":null,\"client\":\"kapacitor\","
                + "\"client_url\":\"http://localhost:9092/kapacitor/v1\"}\n";
        assertEquals(List.of(
                head + "\"unknown\",\"severity\":\"critical\",\"timestamp\":\"2014-11-12T11:45:26.371000000Z\","
                        + "\"class\":\"\",\"component\":\"\",\"group\":\"\",\"custom_details\":{\"result\":"
                        + "{\"series\":null}}}," + tail,
                head + "\"h1\",\"severity\":\"info\",\"timestamp\":\"2014-11-12T11:45:26.371000000Z\","
                        + "\"class\":\"task\",\"component\":\"\",\"group\":\"\",\"custom_details\":{\"result\":"
                        + "{\"series\":[]}}}," + tail), received);
    }
}

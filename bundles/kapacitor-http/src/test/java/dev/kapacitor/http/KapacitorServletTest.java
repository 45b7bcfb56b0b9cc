package dev.kapacitor.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import dev.kapacitor.api.alert.AlertLevel;
import dev.kapacitor.api.task.DotView;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.Test;

/** The servlet in a real Jetty 9.4 (what Pax Web 8 runs), mapped as the whiteboard maps it. */
public class KapacitorServletTest extends ServletTestBase {
    private static final String CPU_TASK = "{\"id\":\"cpu\",\"type\":\"stream\",\"dbrps\":[{\"db\":\"db\",\"rp\":\"rp\"}],"
            + "\"script\":\"stream|from().measurement('cpu')|httpOut('out')\",\"status\":\"enabled\"}";

    @Test
    public void pingNeedsNoEngine() throws Exception {
        for (String method : new String[] {"GET", "HEAD"}) {
            HttpResponse<String> r = send(method, "/kapacitor/v1/ping", null);
            assertAnswer(204, "", r);
            assertEquals("1.5.0", r.headers().firstValue("X-Kapacitor-Version").orElse(null));
            assertEquals(36, r.headers().firstValue("Request-Id").orElse("").length());
        }
        assertAnswer(204, "", send("GET", "/kapacitor/v1preview/ping", null));
    }

    @Test
    public void unknownRoutesAreJson404s() throws Exception {
        String notFound = "{\n    \"error\": \"Not Found\"\n}";
        for (String path : new String[] {"/", "/nothing", "/kapacitor/v1/pong", "/kapacitor/v1preview"}) {
            HttpResponse<String> r = send("GET", path, null);
            assertAnswer(404, notFound, r);
            // Kapacitor writes "application/json; charset=utf-8"; Jetty drops the space
            assertEquals("application/json;charset=utf-8",
                    r.headers().firstValue("Content-Type").orElse("").replace(" ", ""));
        }
        assertAnswer(404, notFound, send("PUT", "/kapacitor/v1/tasks", "{}"));
        assertAnswer(404, notFound, send("GET", "/write", null));
    }

    @Test
    public void optionsIsAnEmptyPreflightAnswer() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(jetty.base + "/kapacitor/v1/tasks"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "http://ui"));
        assertAnswer(200, "", r);
        assertEquals("http://ui", r.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertNull(r.headers().firstValue("X-Kapacitor-Version").orElse(null));
    }

    @Test
    public void withoutEngineTaskRoutesSay503() throws Exception {
        assertAnswer(503, "{\n    \"error\": \"task service unavailable: the kapacitor-engine bundle is not active\"\n}",
                send("GET", "/kapacitor/v1/tasks", null));
        assertAnswer(503, "{\n    \"error\": \"points writer unavailable: the kapacitor-engine bundle is not active\"\n}",
                send("POST", "/write?db=db", "cpu v=1 1"));
    }

    @Test
    public void taskLifecycle() throws Exception {
        withEngine();
        HttpResponse<String> created = send("POST", "/kapacitor/v1/tasks", CPU_TASK);
        assertEquals(200, created.statusCode());
        assertTrue(created.body(), created.body().startsWith("{\n    \"link\": {\n        \"rel\": \"self\",\n"
                + "        \"href\": \"/kapacitor/v1/tasks/cpu\"\n    },\n    \"id\": \"cpu\",\n"));
        assertEquals(created.body(), send("GET", "/kapacitor/v1/tasks/cpu", null).body());
        assertEquals(created.body(), send("GET", "/kapacitor/v1preview/tasks/cpu", null).body());
        assertAnswer(400, "{\n    \"error\": \"task cpu already exists\"\n}", send("POST", "/kapacitor/v1/tasks", CPU_TASK));
        assertTrue(created.body(), created.body().contains(
                "\"script\": \"stream\\n    |from()\\n        .measurement('cpu')\\n    |httpOut('out')\\n\","));
        assertTrue(send("GET", "/kapacitor/v1/tasks/cpu?script-format=raw", null).body().contains(
                "\"script\": \"stream|from().measurement('cpu')|httpOut('out')\","));

        assertAnswer(200, "{\n    \"tasks\": [\n        {\n            \"id\": \"cpu\",\n            \"link\": {\n"
                + "                \"rel\": \"self\",\n                \"href\": \"/kapacitor/v1/tasks/cpu\"\n"
                + "            },\n            \"status\": \"enabled\"\n        }\n    ]\n}",
                send("GET", "/kapacitor/v1/tasks?fields=status&pattern=c*", null));
        assertAnswer(200, "{\n    \"tasks\": []\n}", send("GET", "/kapacitor/v1/tasks?pattern=mem*", null));

        HttpResponse<String> patched = send("PATCH", "/kapacitor/v1/tasks/cpu", "{\"status\":\"disabled\"}");
        assertEquals(200, patched.statusCode());
        assertTrue(patched.body().contains("\n    \"status\": \"disabled\",\n    \"executing\": false,\n"));

        assertAnswer(204, "", send("DELETE", "/kapacitor/v1/tasks/cpu", null));
        assertAnswer(204, "", send("DELETE", "/kapacitor/v1/tasks/cpu", null));
        assertAnswer(404, "{\n    \"error\": \"no task exists\"\n}", send("GET", "/kapacitor/v1/tasks/cpu", null));
        assertAnswer(404, "{\n    \"error\": \"task does not exist, cannot update\"\n}",
                send("PATCH", "/kapacitor/v1/tasks/cpu", "{}"));
    }

    @Test
    public void taskRequestErrors() throws Exception {
        withEngine();
        assertAnswer(400, "{\n    \"error\": \"invalid JSON\"\n}", send("POST", "/kapacitor/v1/tasks", "{"));
        assertAnswer(400, "{\n    \"error\": \"must specify task id on path\"\n}", send("GET", "/kapacitor/v1/tasks/", null));
        assertAnswer(400, "{\n    \"error\": \"invalid limit parameter \\\"x\\\" must be an integer: "
                + "strconv.ParseInt: parsing \\\"x\\\": invalid syntax\"\n}", send("GET", "/kapacitor/v1/tasks?limit=x", null));
        send("POST", "/kapacitor/v1/tasks", CPU_TASK);
        assertAnswer(400, "{\n    \"error\": \"invalid dot-view parameter \\\"pretty\\\"\"\n}",
                send("GET", "/kapacitor/v1/tasks/cpu?dot-view=pretty", null));
    }

    @Test
    public void theDotViewReachesTheTaskService() throws Exception {
        withEngine();
        send("POST", "/kapacitor/v1/tasks", CPU_TASK);
        assertEquals(200, send("GET", "/kapacitor/v1/tasks/cpu?dot-view=labels", null).statusCode());
        assertEquals(DotView.LABELS, engine.lastDotView);
        assertEquals(200, send("GET", "/kapacitor/v1/tasks/cpu", null).statusCode());
        assertEquals(DotView.ATTRIBUTES, engine.lastDotView);
        assertEquals(200, send("GET", "/kapacitor/v1/tasks?dot-view=labels", null).statusCode());
        assertEquals(DotView.LABELS, engine.lastDotView);
        assertEquals(200, send("GET", "/kapacitor/v1/tasks?dot-view=attributes", null).statusCode());
        assertEquals(DotView.ATTRIBUTES, engine.lastDotView);
        // as Kapacitor: an unknown task is a 404 before the parameter is looked at
        assertAnswer(404, "{\n    \"error\": \"no task exists\"\n}",
                send("GET", "/kapacitor/v1/tasks/mem?dot-view=pretty", null));
        assertAnswer(400, "{\n    \"error\": \"invalid dot-view parameter \\\"pretty\\\"\"\n}",
                send("GET", "/kapacitor/v1/tasks?dot-view=pretty", null));
    }

    @Test
    public void aTasksOwnGroupIdleTtlComesLastAndOnlyWhenSet() throws Exception {
        withEngine();
        assertTrue(send("POST", "/kapacitor/v1/tasks", CPU_TASK).body().endsWith("\"last-enabled\": \"2024-01-02T03:04:05Z\"\n}"));
        String own = CPU_TASK.replace("\"id\":\"cpu\"", "\"id\":\"own\",\"group-idle-ttl\":\"10m\"");
        assertTrue(send("POST", "/kapacitor/v1/tasks", own).body().endsWith(
                "\"last-enabled\": \"2024-01-02T03:04:05Z\",\n    \"group-idle-ttl\": \"10m\"\n}"));
        assertTrue(send("PATCH", "/kapacitor/v1/tasks/own", "{\"group-idle-ttl\":\"\"}").body().endsWith(
                "\"last-enabled\": \"2024-01-02T03:04:05Z\"\n}"));
    }

    @Test
    public void writeThenReadHttpOut() throws Exception {
        withEngine();
        send("POST", "/kapacitor/v1/tasks", CPU_TASK);
        assertAnswer(404, "{\n    \"error\": \"no task exists\"\n}", send("GET", "/kapacitor/v1/tasks/cpu/out", null));
        assertAnswer(204, "", send("POST", "/write?db=db&rp=rp&precision=s", "cpu,host=a v=3 1577836801\n"));
        assertAnswer(200, "{\"series\":[{\"name\":\"cpu\",\"tags\":{\"host\":\"a\"},\"columns\":[\"time\",\"v\"],"
                + "\"values\":[[\"2020-01-01T00:00:01Z\",3]]}]}", send("GET", "/kapacitor/v1/tasks/cpu/out", null));
        assertEquals("db", engine.written.get(0).database());
        assertEquals("rp", engine.written.get(0).retentionPolicy());
    }

    @Test
    public void topicsEventsAndHandlers() throws Exception {
        try (TopicsFixture f = new TopicsFixture()) {
            servlet.topicService = f.topics;
            f.publish("ops", "cpu:a", AlertLevel.WARNING, 1);
            f.publish("ops", "cpu:b", AlertLevel.CRITICAL, 2);
            f.publish("dev", "cpu:c", AlertLevel.OK, 3);
            assertAnswer(200, TOPICS_WARNING, send("GET", "/kapacitor/v1/alerts/topics?min-level=warning", null));
            assertAnswer(200, "{\n    \"link\": {\n        \"rel\": \"self\",\n        \"href\": "
                    + "\"/kapacitor/v1/alerts/topics?pattern=d*\"\n    },\n    \"topics\": [\n"
                    + TOPIC_DEV.indent(8).stripTrailing() + "\n    ]\n}",
                    send("GET", "/kapacitor/v1/alerts/topics?pattern=d*", null));
            assertAnswer(200, TOPIC_DEV, send("GET", "/kapacitor/v1/alerts/topics/dev", null));
            assertAnswer(404, "{\n    \"error\": \"unknown topic: \\\"nope\\\"\"\n}",
                    send("GET", "/kapacitor/v1/alerts/topics/nope", null));
            assertAnswer(400, "{\n    \"error\": \"unknown alert level 'BAD'\"\n}",
                    send("GET", "/kapacitor/v1/alerts/topics?min-level=bad", null));
            assertAnswer(200, EVENTS_OPS, send("GET", "/kapacitor/v1/alerts/topics/ops/events?min-level=CRITICAL", null));
            assertAnswer(404, "{\n    \"error\": \"unknown event \\\"x\\\" in topic \\\"ops\\\"\"\n}",
                    send("GET", "/kapacitor/v1/alerts/topics/ops/events/x", null));
            assertAnswer(500, "{\n    \"error\": \"failed to get topic events: unknown topic \\\"nope\\\"\"\n}",
                    send("GET", "/kapacitor/v1/alerts/topics/nope/events", null));
            assertAnswer(204, "", send("DELETE", "/kapacitor/v1/alerts/topics/dev", null));
            assertAnswer(404, "{\n    \"error\": \"unknown topic: \\\"dev\\\"\"\n}",
                    send("GET", "/kapacitor/v1/alerts/topics/dev", null));
        }
    }

    @Test
    public void topicHandlerLifecycle() throws Exception {
        try (TopicsFixture f = new TopicsFixture()) {
            servlet.topicService = f.topics;
            String path = "/kapacitor/v1/alerts/topics/ops/handlers";
            assertAnswer(200, HANDLER, send("POST", path,
                    "{\"id\":\"copy\",\"kind\":\"publish\",\"options\":{\"topics\":[\"other\"]},\"match\":\"changed()\"}"));
            assertAnswer(500, "{\n    \"error\": \"failed to create handler: cannot register handler, handler with ID "
                    + "\\\"copy\\\" already exists\"\n}", send("POST", path, "{\"id\":\"copy\",\"kind\":\"publish\"}"));
            assertAnswer(400, "{\n    \"error\": \"invalid handler spec: handler Kind must not be empty\"\n}",
                    send("POST", path, "{\"id\":\"x\"}"));
            assertAnswer(200, HANDLER, send("GET", path + "/copy", null));
            assertAnswer(200, "{\n    \"link\": {\n        \"rel\": \"self\",\n        \"href\": \"" + path
                    + "?pattern=c*\"\n    },\n    \"topic\": \"ops\",\n    \"handlers\": [\n"
                    + HANDLER.indent(8).stripTrailing() + "\n    ]\n}", send("GET", path + "?pattern=c*", null));
            assertAnswer(200, HANDLER.replace("changed()", "level() \\u003e OK"), send("PATCH", path + "/copy",
                    "[{\"op\":\"replace\",\"path\":\"/match\",\"value\":\"level() > OK\"}]"));
            f.publish("ops", "cpu:a", AlertLevel.OK, 1);
            f.publish("ops", "cpu:a", AlertLevel.INFO, 2);
            assertEquals(1, f.topics.topic("other").orElseThrow().collected());
            assertAnswer(200, HANDLER.replace("copy", "copy2").replace("changed()", ""), send("PUT", path + "/copy",
                    "{\"id\":\"copy2\",\"kind\":\"publish\",\"options\":{\"topics\":[\"other\"]}}"));
            assertAnswer(404, "{\n    \"error\": \"unknown handler: \\\"copy\\\"\"\n}",
                    send("GET", path + "/copy", null));
            String log = "{\"id\":\"log\",\"kind\":\"log\",\"options\":{\"path\":\"/tmp/x.log\",\"mode\":420.0}}";
            assertAnswer(200, "{\n    \"link\": {\n        \"rel\": \"self\",\n        \"href\": \"" + path
                    + "/log\"\n    },\n    \"id\": \"log\",\n    \"kind\": \"log\",\n    \"options\": {\n"
                    + "        \"mode\": 420,\n        \"path\": \"/tmp/x.log\"\n    },\n    \"match\": \"\"\n}",
                    send("POST", path, log));
            assertAnswer(204, "", send("DELETE", path + "/log", null));
            assertAnswer(204, "", send("DELETE", path + "/copy2", null));
            assertAnswer(200, "{\n    \"link\": {\n        \"rel\": \"self\",\n        \"href\": \"" + path
                    + "\"\n    },\n    \"topic\": \"ops\",\n    \"handlers\": []\n}", send("GET", path, null));
        }
    }

    private static final String TOPIC_DEV = """
            {
                "link": {
                    "rel": "self",
                    "href": "/kapacitor/v1/alerts/topics/dev"
                },
                "id": "dev",
                "level": "OK",
                "collected": 1,
                "events-link": {
                    "rel": "events",
                    "href": "/kapacitor/v1/alerts/topics/dev/events"
                },
                "handlers-link": {
                    "rel": "handlers",
                    "href": "/kapacitor/v1/alerts/topics/dev/handlers"
                }
            }""";

    private static final String TOPICS_WARNING = """
            {
                "link": {
                    "rel": "self",
                    "href": "/kapacitor/v1/alerts/topics?min-level=warning"
                },
                "topics": [
                    {
                        "link": {
                            "rel": "self",
                            "href": "/kapacitor/v1/alerts/topics/ops"
                        },
                        "id": "ops",
                        "level": "CRITICAL",
                        "collected": 2,
                        "events-link": {
                            "rel": "events",
                            "href": "/kapacitor/v1/alerts/topics/ops/events"
                        },
                        "handlers-link": {
                            "rel": "handlers",
                            "href": "/kapacitor/v1/alerts/topics/ops/handlers"
                        }
                    }
                ]
            }""";

    private static final String EVENTS_OPS = """
            {
                "link": {
                    "rel": "self",
                    "href": "/kapacitor/v1/alerts/topics/ops/events"
                },
                "topic": "ops",
                "events": [
                    {
                        "link": {
                            "rel": "self",
                            "href": "/kapacitor/v1/alerts/topics/ops/events/cpu:b"
                        },
                        "id": "cpu:b",
                        "state": {
                            "message": "cpu:b is CRITICAL",
                            "details": "\\u003cb\\u003e",
                            "time": "1970-01-01T00:00:02Z",
                            "duration": "1m30s",
                            "level": "CRITICAL"
                        }
                    }
                ]
            }""";

    private static final String HANDLER = """
            {
                "link": {
                    "rel": "self",
                    "href": "/kapacitor/v1/alerts/topics/ops/handlers/copy"
                },
                "id": "copy",
                "kind": "publish",
                "options": {
                    "topics": [
                        "other"
                    ]
                },
                "match": "changed()"
            }""";
}

package dev.kapacitor.http;

import static org.junit.Assert.assertEquals;

import dev.kapacitor.api.alert.ServiceTest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** /kapacitor/v1/service-tests in Jetty, with two registered tests answering as Kapacitor's. */
public class ServiceTestsTest {
    private final KapacitorServlet servlet = new KapacitorServlet();
    private final FakeTest slack = new FakeTest("slack", null);
    private final FakeTest smtp = new FakeTest("smtp", "service is not enabled");
    private ServletJetty jetty;

    /** Kapacitor's slack options shape: struct order, not sorted. */
    private static final class FakeTest implements ServiceTest {
        private final String name;
        private final String failure;
        final List<Map<String, Object>> sent = new ArrayList<>();

        FakeTest(String name, String failure) {
            this.name = name;
            this.failure = failure;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Map<String, Object> options() {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("workspace", "");
            o.put("channel", "#alerts");
            o.put("message", "test " + name + " message");
            o.put("to", List.of("a@example.com"));
            o.put("level", "CRITICAL");
            return o;
        }

        @Override
        public void test(Map<String, Object> options) throws Exception {
            sent.add(options);
            if (failure != null) {
                throw new IllegalStateException(failure);
            }
        }
    }

    @Before
    public void start() throws Exception {
        jetty = new ServletJetty(servlet);
        servlet.addServiceTest(smtp);
        servlet.addServiceTest(slack);
    }

    @After
    public void stop() throws Exception {
        jetty.close();
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        return jetty.send(method, path, body);
    }

    private void assertAnswer(int status, String body, HttpResponse<String> r) {
        assertEquals(body, r.body());
        assertEquals(status, r.statusCode());
    }

    private static String entry(String name) {
        return "{\"link\":{\"rel\":\"self\",\"href\":\"/kapacitor/v1/service-tests/" + name + "\"},\"name\":\"" + name
                + "\",\"options\":{\"workspace\":\"\",\"channel\":\"#alerts\",\"message\":\"test " + name
                + " message\",\"to\":[\"a@example.com\"],\"level\":\"CRITICAL\"}}";
    }

    @Test
    public void listsSortedByNameWithTheDefaultOptions() throws Exception {
        assertAnswer(200, "{\"link\":{\"rel\":\"self\",\"href\":\"/kapacitor/v1/service-tests\"},\"services\":["
                + entry("slack") + "," + entry("smtp") + "]}\n", send("GET", "/kapacitor/v1/service-tests", null));
        assertAnswer(200, "{\"link\":{\"rel\":\"self\",\"href\":\"/kapacitor/v1/service-tests\"},\"services\":["
                + entry("smtp") + "]}\n", send("GET", "/kapacitor/v1/service-tests?pattern=sm*", null));
        assertAnswer(200, "{\"link\":{\"rel\":\"self\",\"href\":\"/kapacitor/v1/service-tests\"},"
                + "\"services\":null}\n", send("GET", "/kapacitor/v1/service-tests?pattern=x*", null));
    }

    @Test
    public void getsOneAndRefusesUnknownNames() throws Exception {
        assertAnswer(200, entry("slack") + "\n", send("GET", "/kapacitor/v1/service-tests/slack/", null));
        assertAnswer(404, "{\n    \"error\": \"service \\\"hipchat\\\" not found\"\n}",
                send("GET", "/kapacitor/v1/service-tests/hipchat", null));
        assertAnswer(404, "{\n    \"error\": \"service \\\"hipchat\\\" not found\"\n}",
                send("POST", "/kapacitor/v1/service-tests/hipchat", "{}"));
        assertAnswer(400, "{\n    \"error\": \"must provide service name\"\n}",
                send("GET", "/kapacitor/v1/service-tests/", null));
        servlet.removeServiceTest(slack);
        assertEquals(404, send("GET", "/kapacitor/v1/service-tests/slack", null).statusCode());
    }

    @Test
    public void postedOptionsReplaceTheDefaultsByName() throws Exception {
        assertAnswer(200, "{\"success\":true,\"message\":\"\"}\n", send("POST", "/kapacitor/v1/service-tests/slack",
                "{\"Channel\":\"@me\",\"level\":\"warning\",\"to\":[\"b@x\",\"c@x\"],\"unknown\":1,\"message\":null}"));
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("workspace", "");
        expected.put("channel", "@me");
        expected.put("message", "test slack message");
        expected.put("to", List.of("b@x", "c@x"));
        expected.put("level", "warning");
        assertEquals(List.of(expected), slack.sent);
    }

    @Test
    public void aFailedTestIsAnOkAnswerWithTheError() throws Exception {
        assertAnswer(200, "{\"success\":false,\"message\":\"service is not enabled\"}\n",
                send("POST", "/kapacitor/v1/service-tests/smtp", "{}"));
        assertEquals(1, smtp.sent.size());
    }

    @Test
    public void undecodableOptionsAreRefusedAsKapacitorDoes() throws Exception {
        assertAnswer(400, "{\n    \"error\": \"failed to decode JSON body:EOF\"\n}",
                send("POST", "/kapacitor/v1/service-tests/slack", ""));
        assertAnswer(400, "{\n    \"error\": \"failed to decode JSON body:json: cannot unmarshal number into Go "
                + "struct field testOptions.channel of type string\"\n}",
                send("POST", "/kapacitor/v1/service-tests/slack", "{\"channel\":1}"));
        assertAnswer(400, "{\n    \"error\": \"failed to decode JSON body:json: cannot unmarshal array into Go "
                + "value of type slack.testOptions\"\n}", send("POST", "/kapacitor/v1/service-tests/slack", "[]"));
        assertEquals(0, slack.sent.size());
    }
}

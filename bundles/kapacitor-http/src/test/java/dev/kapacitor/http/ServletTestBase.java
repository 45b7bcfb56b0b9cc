package dev.kapacitor.http;

import static org.junit.Assert.assertEquals;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.After;
import org.junit.AfterClass;
import org.junit.BeforeClass;

/** The servlet in a real Jetty 9.4 (what Pax Web 8 runs), mapped as the whiteboard maps it; an engine in memory. */
abstract class ServletTestBase {
    static ServletJetty jetty;
    static KapacitorServlet servlet;
    InMemoryEngine engine;

    @BeforeClass
    public static void start() throws Exception {
        servlet = new KapacitorServlet();
        jetty = new ServletJetty(servlet);
    }

    @AfterClass
    public static void stop() throws Exception {
        jetty.close();
    }

    @After
    public void withoutEngine() {
        servlet.taskService = null;
        servlet.pointsWriter = null;
        servlet.httpOutService = null;
        servlet.topicService = null;
    }

    void withEngine() {
        engine = new InMemoryEngine();
        servlet.taskService = engine;
        servlet.pointsWriter = engine;
        servlet.httpOutService = engine;
    }

    static HttpResponse<String> send(String method, String path, String body) throws Exception {
        return jetty.send(method, path, body);
    }

    static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return jetty.send(b);
    }

    static void assertAnswer(int status, String body, HttpResponse<String> r) {
        assertEquals(body, r.body());
        assertEquals(status, r.statusCode());
    }
}

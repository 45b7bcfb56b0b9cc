package dev.kapacitor.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Boots the built distribution (target of karaf-assembly) on free ports and talks to it over
 * HTTP as a Kapacitor client would: ping, define a stream task, write line protocol, read the
 * task's httpOut, and a write with a bad line.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class KapacitorDistributionIT {
    private static final String PORT_PROPERTY = "kapacitor.itest.http.port";
    private static final Duration ENGINE_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration OUTPUT_TIMEOUT = Duration.ofSeconds(30);

    private static final String SCRIPT = "stream|from().measurement('cpu')|where(lambda: \"v\" > 1.0)"
            + "|eval(lambda: \"v\" * 2.0).as('v2')|httpOut('out')";

    private final Api api = new Api(PORT_PROPERTY);

    @Configuration
    public Option[] config() throws IOException {
        return Distribution.karaf(PORT_PROPERTY);
    }

    @Test
    public void streamTaskServesItsResultOverHttpOut() throws Exception {
        HttpResponse<String> ping = api.awaitPing();
        assertEquals(204, ping.statusCode());
        assertEquals("1.5.0", ping.headers().firstValue("X-Kapacitor-Version").orElse(""));

        HttpResponse<String> created = awaitEngine(() -> send("POST", "/kapacitor/v1/tasks",
                "{\"id\":\"itest\",\"type\":\"stream\",\"dbrps\":[{\"db\":\"itest\",\"rp\":\"autogen\"}],"
                        + "\"script\":" + jsonString(SCRIPT) + ",\"status\":\"enabled\"}"));
        assertEquals(created.body(), 200, created.statusCode());
        assertTrue(created.body(), created.body().startsWith("{\n    \"link\": {\n        \"rel\": \"self\",\n"
                + "        \"href\": \"/kapacitor/v1/tasks/itest\"\n    },\n    \"id\": \"itest\",\n"));
        assertTrue(created.body(), created.body().contains("\n    \"executing\": true,\n"));

        // 1577836800 s = 2020-01-01T00:00:00Z; v=0.5 is filtered out by the where node
        assertWrite(204, "", "cpu,host=a v=0.5 1577836800\ncpu,host=a v=3 1577836801\n");
        assertEquals("{\"series\":[{\"name\":\"cpu\",\"tags\":{\"host\":\"a\"},\"columns\":[\"time\",\"v2\"],"
                + "\"values\":[[\"2020-01-01T00:00:01Z\",6]]}]}", awaitOutput("\"2020-01-01T00:00:01Z\""));

        // as InfluxDB: the good line of a body with a bad one is still processed
        assertWrite(400, "{\n    \"error\": \"partial write: unable to parse 'cpu,host=a v=': missing field value"
                + " dropped=0\"\n}", "cpu,host=a v=5 1577836802\ncpu,host=a v=\n");
        assertEquals("{\"series\":[{\"name\":\"cpu\",\"tags\":{\"host\":\"a\"},\"columns\":[\"time\",\"v2\"],"
                + "\"values\":[[\"2020-01-01T00:00:02Z\",10]]}]}", awaitOutput("\"2020-01-01T00:00:02Z\""));

        assertWrite(204, "", "cpu,host=a v=4.25 1577836803\n");
        assertEquals("{\"series\":[{\"name\":\"cpu\",\"tags\":{\"host\":\"a\"},\"columns\":[\"time\",\"v2\"],"
                + "\"values\":[[\"2020-01-01T00:00:03Z\",8.5]]}]}", awaitOutput("\"2020-01-01T00:00:03Z\""));

        assertEquals(204, send("DELETE", "/kapacitor/v1/tasks/itest", null).statusCode());
        HttpResponse<String> gone = send("GET", "/kapacitor/v1/tasks/itest", null);
        assertEquals(404, gone.statusCode());
        assertEquals("{\n    \"error\": \"no task exists\"\n}", gone.body());
    }

    private void assertWrite(int status, String body, String lines) throws Exception {
        HttpResponse<String> r = send("POST", "/write?db=itest&rp=autogen&precision=s", lines);
        assertEquals(body, r.body());
        assertEquals(status, r.statusCode());
    }

    /** The API answers 503 until the engine's services are registered (pitfall 9: poll). */
    private static HttpResponse<String> awaitEngine(Api.Call call) throws Exception {
        return Api.await(call, r -> r.statusCode() != 503, ENGINE_TIMEOUT);
    }

    /** Polls httpOut until its body holds the marker, and returns that body. */
    private String awaitOutput(String marker) throws Exception {
        long deadline = System.nanoTime() + OUTPUT_TIMEOUT.toNanos();
        String body = "";
        while (System.nanoTime() < deadline) {
            HttpResponse<String> r = send("GET", "/kapacitor/v1/tasks/itest/out", null);
            body = r.body();
            if (r.statusCode() == 200 && body.contains(marker)) {
                return body;
            }
            Thread.sleep(100);
        }
        return body;
    }

    private HttpResponse<String> send(String method, String path, String body) throws IOException, InterruptedException {
        return api.send(method, path, body);
    }

    private static String jsonString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}

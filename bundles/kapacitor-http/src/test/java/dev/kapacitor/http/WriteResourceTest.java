package dev.kapacitor.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.Test;

/** POST /write through the servlet in a real Jetty: InfluxDB's answers, gzip, slices, parsing permits. */
public class WriteResourceTest extends ServletTestBase {
    @Test
    public void writeErrorsKeepTheGoodLinesAsInfluxDbDoes() throws Exception {
        withEngine();
        assertAnswer(400, "{\n    \"error\": \"database is required\"\n}", send("POST", "/kapacitor/v1/write", "cpu v=1 1"));
        assertAnswer(400, "{\n    \"error\": \"partial write: unable to parse 'cpu v=': missing field value\\n"
                        + "unable to parse 'bad': missing fields dropped=0\"\n}",
                send("POST", "/write?db=db", "cpu v=2 2\ncpu v=\nbad\ncpu v=3 3\n"));
        assertEquals(2, engine.written.size());
        assertEquals(3.0, (Double) engine.written.get(1).fields().get("v"), 0.0);
        assertAnswer(400, "{\n    \"error\": \"unable to parse 'bad': missing fields\"\n}",
                send("POST", "/write?db=db", "bad\n"));
        assertEquals(2, engine.written.size());
        assertAnswer(204, "", send("POST", "/write?db=db", ""));
    }

    @Test
    public void aLargeBodyReachesTheTasksInSlicesInOrder() throws Exception {
        withEngine();
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 1234; i++) {
            body.append("cpu v=").append(i).append(' ').append(i).append('\n');
        }
        assertAnswer(204, "", send("POST", "/write?db=db", body.toString()));
        assertEquals(List.of(500, 500, 234), engine.writes);
        for (int i = 0; i < 1234; i++) {
            assertEquals(i, engine.written.get(i).time());
        }
    }

    @Test
    public void writersStuckOnATaskHoldUpNoOtherWrite() throws Exception {
        withEngine();
        // more stuck writers than there are parsing permits (one per core)
        int stuck = Runtime.getRuntime().availableProcessors() + 1;
        engine.stuckWriters = new CountDownLatch(stuck);
        ExecutorService pool = Executors.newFixedThreadPool(stuck);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < stuck; i++) {
                answers.add(pool.submit(() -> send("POST", "/write?db=" + InMemoryEngine.STUCK_DB, "cpu v=1 1")));
            }
            assertTrue("the writers got stuck", engine.stuckWriters.await(10, TimeUnit.SECONDS));
            assertAnswer(204, "", send("POST", "/write?db=db", "cpu v=2 2"));
            engine.unstick.countDown();
            for (Future<HttpResponse<String>> a : answers) {
                assertAnswer(204, "", a.get(10, TimeUnit.SECONDS));
            }
        } finally {
            engine.unstick.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    public void gzipBodies() throws Exception {
        withEngine();
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(buf)) {
            gz.write("cpu v=1 1\ncpu v=2 2\n".getBytes(StandardCharsets.UTF_8));
        }
        assertAnswer(204, "", send(HttpRequest.newBuilder(URI.create(jetty.base + "/write?db=db"))
                .header("Content-Encoding", "gzip").POST(HttpRequest.BodyPublishers.ofByteArray(buf.toByteArray()))));
        assertEquals(2, engine.written.size());
        assertAnswer(400, "{\n    \"error\": \"gzip: invalid header\"\n}", send(HttpRequest.newBuilder(URI.create(jetty.base + "/write?db=db"))
                .header("Content-Encoding", "gzip").POST(HttpRequest.BodyPublishers.ofString("cpu v=1"))));
    }
}

package dev.kapacitor.benchmarks.load;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The load generator against a local HTTP server standing in for /write (it counts the lines it
 * receives), so the build catches a generator that no longer starts or miscounts; no Kapacitor
 * distribution is needed. The figures of such a run mean nothing.
 */
public class LoadGeneratorSmokeTest {
    private final AtomicLong linesReceived = new AtomicLong();
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private HttpServer server;
    private URI url;

    @Before
    public void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.createContext("/kapacitor/v1/ping", ex -> answer(ex, 204, null));
        server.createContext("/write", this::write);
        server.setExecutor(executor);
        server.start();
        url = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @After
    public void stop() {
        server.stop(0);
        executor.shutdownNow();
    }

    /**
     * Counts lines; a body holding "bad" gets a 400 with a JSON body, "chunked" one sent chunked,
     * "close" a 204 after which the server closes the connection.
     */
    private void write(HttpExchange ex) throws IOException {
        String body;
        try (InputStream in = ex.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (body.contains("bad")) {
            answer(ex, 400, "{\"error\":\"bad line\"}");
            return;
        }
        linesReceived.addAndGet(body.chars().filter(c -> c == '\n').count());
        if (body.contains("close")) {
            ex.getResponseHeaders().set("Connection", "close");
        }
        answer(ex, 204, body.contains("chunked") ? "" : null);
    }

    private static void answer(HttpExchange ex, int status, String body) throws IOException {
        if (body == null) {
            ex.sendResponseHeaders(status, -1);
        } else if (body.isEmpty()) {
            ex.sendResponseHeaders(status == 204 ? 200 : status, 0); // 0: chunked, ended at once
            ex.getResponseBody().close();
        } else {
            byte[] b = body.getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(status, b.length);
            ex.getResponseBody().write(b);
        }
        ex.close();
    }

    @Test
    public void theWriteScenarioSendsEveryPointAndReportsTheServerSide() throws Exception {
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        Options o = Options.parse(new String[] {"--url", url.toString(), "--scenarios", "write", "--points", "200000",
                "--warmup", "0"});
        LoadGenerator.run(o, new PrintStream(report, true, StandardCharsets.UTF_8));
        String text = report.toString(StandardCharsets.UTF_8);
        // this JVM is the server: its pid was found by the port, its heap read with jcmd
        assertTrue(text, text.contains("pid " + ProcessHandle.current().pid() + ";"));
        assertTrue(text, text.matches("(?s).*write \\(no task\\) +200,000 .*\\{204=40\\}.*"));
        assertEquals(200_000, linesReceived.get());
    }

    @Test
    public void errorsChunkedAnswersAndClosesKeepTheWriterGoing() throws Exception {
        byte[] good = "cpu v=1 1\ncpu v=2 2\n".getBytes(StandardCharsets.US_ASCII);
        byte[] bad = "bad\n".getBytes(StandardCharsets.US_ASCII);
        byte[] chunked = "chunked v=1 1\n".getBytes(StandardCharsets.US_ASCII);
        byte[] close = "close v=1 1\n".getBytes(StandardCharsets.US_ASCII);
        WriteLoad load = new WriteLoad(url, "/write?db=d", List.of(good, bad, chunked, close, good), 1);
        WriteLoad.Result r = load.run(0, null);
        // the chunked answer is a 200 here: counted as not written, but read to its end
        assertEquals("{200=1, 204=3, 400=1}", r.statuses());
        assertEquals(5, r.points());
        assertEquals(6, linesReceived.get());
    }

    @Test
    public void aRateLimitPacesTheBodies() throws Exception {
        byte[] ten = "cpu v=1 1\n".repeat(10).getBytes(StandardCharsets.US_ASCII);
        WriteLoad load = new WriteLoad(url, "/write?db=d", List.of(ten, ten, ten, ten, ten, ten), 2);
        WriteLoad.Result r = load.run(200, null); // 60 points at 200/s: the last body leaves after 250 ms
        assertTrue(r.wallNanos() / 1_000_000 + " ms", r.wallNanos() >= 250_000_000L);
        assertEquals(60, r.points());
    }

    @Test
    public void theAlertReceiverMatchesAlertsToTheBodiesThatCarriedTheMarkedPoints() throws Exception {
        byte[] body = "cpu,host=h0 usage_idle=5 1500000000000000000\n".getBytes(StandardCharsets.US_ASCII);
        try (AlertReceiver receiver = new AlertReceiver()) {
            byte[] tail = receiver.marker(List.of(body)).tail(0);
            assertArrayEquals("cpu,host=mark,cpu=cpu0 usage_idle=-1,usage_user=0 1500000000000000001\n"
                    .getBytes(StandardCharsets.US_ASCII), tail);
            post(receiver.url(), "{\"level\":\"CRITICAL\",\"time\":\"2017-07-14T02:40:00.000000001Z\"}");
            post(receiver.url(), "{\"level\":\"OK\",\"time\":\"2017-07-14T02:40:00.000000001Z\"}");
            post(receiver.url(), "{\"level\":\"CRITICAL\",\"time\":\"2017-07-14T02:40:00Z\"}");
            assertEquals(1, receiver.latencies().length);
            assertTrue(receiver.latencies()[0] > 0);
            assertEquals(1, receiver.unmatched());
        }
    }

    @Test
    public void theTimelineGivesEachTenthOfTheAlertsInArrivalOrder() throws Exception {
        List<byte[]> bodies = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            bodies.add(("cpu,host=h0 usage_idle=5 " + (1500000000000000000L + i * 1000L) + "\n").getBytes(StandardCharsets.US_ASCII));
        }
        try (AlertReceiver receiver = new AlertReceiver()) {
            WriteLoad.Marker marker = receiver.marker(bodies);
            assertEquals("", receiver.timeline(10));
            for (int i = 0; i < 20; i++) {
                marker.tail(i);
                java.time.Instant t = java.time.Instant.ofEpochSecond(1_500_000_000L, i * 1000L + 1);
                post(receiver.url(), "{\"level\":\"CRITICAL\",\"time\":\"" + t + "\"}");
            }
            String[] tenths = receiver.timeline(10).split(" ");
            assertEquals(10, tenths.length);
            for (String t : tenths) {
                assertTrue(t, t.matches("\\d+\\.\\d/\\d+"));
            }
            receiver.reset();
            assertEquals(0, receiver.latencies().length);
            receiver.marker(bodies).tail(0); // the same bodies again, for the next run
            assertEquals(0, receiver.unmatched());
        }
    }

    @Test
    public void thePayloadIsTwoDecimalsOrTelegrafs() {
        assertEquals("decimals", Options.parse(new String[0]).payload());
        assertEquals("telegraf", Options.parse(new String[] {"--payload", "telegraf"}).payload());
        org.junit.Assert.assertThrows(IllegalArgumentException.class,
                () -> Options.parse(new String[] {"--payload", "json"}));
    }

    private static void post(String url, String json) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
    }

    @Test
    public void percentilesAreNearestRank() {
        long[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertEquals(5, WriteLoad.percentile(sorted, 50));
        assertEquals(10, WriteLoad.percentile(sorted, 99));
        assertEquals(0, WriteLoad.percentile(new long[0], 99));
    }
}

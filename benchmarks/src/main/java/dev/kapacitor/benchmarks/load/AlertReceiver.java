package dev.kapacitor.benchmarks.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The endpoint of a task's {@code .post()}: each write body gets one marked point appended (host
 * {@code mark}, {@code usage_idle=-1}, so the alert fires), whose time identifies the body; the
 * alert's {@code time} leads back to when that body was sent, which gives write-to-alert latency.
 */
final class AlertReceiver implements AutoCloseable {
    static final String MARK_HOST = "mark";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final Map<Long, Long> sentAt = new ConcurrentHashMap<>();
    private long[] latencies = new long[1024];
    private int count;
    private int unmatched;

    static {
        // without it the JDK's server answers after the delayed ACK of the poster's separate body
        // write: several ms per alert, and the receiver, not the server, would set the latency
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    AlertReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.createContext("/", this::receive);
        // no executor: alerts are read on the server's own thread, without a hand-off per alert
        server.setExecutor(null);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /** Appends the marked point to each body; its time is one nanosecond after the body's last point. */
    WriteLoad.Marker marker(java.util.List<byte[]> bodies) {
        long[] times = bodies.stream().mapToLong(b -> lastTime(b) + 1).toArray();
        return index -> {
            if (sentAt.put(times[index], System.nanoTime()) != null) {
                throw new IllegalStateException("two bodies end at the same time: " + times[index]);
            }
            return ("cpu,host=" + MARK_HOST + ",cpu=cpu0 usage_idle=-1,usage_user=0 " + times[index] + "\n")
                    .getBytes(StandardCharsets.US_ASCII);
        };
    }

    private void receive(HttpExchange ex) throws IOException {
        long now = System.nanoTime();
        try (InputStream in = ex.getRequestBody()) {
            JsonNode alert = JSON.readTree(in);
            if (!"OK".equals(alert.path("level").asText())) {
                record(now, alert.path("time").asText());
            }
        }
        ex.sendResponseHeaders(200, -1);
        ex.close();
    }

    private synchronized void record(long now, String time) {
        Instant t = Instant.parse(time);
        Long sent = sentAt.get(t.getEpochSecond() * 1_000_000_000L + t.getNano());
        if (sent == null) {
            unmatched++;
            return;
        }
        if (count == latencies.length) {
            latencies = Arrays.copyOf(latencies, count * 2);
        }
        latencies[count++] = now - sent;
    }

    /** Write-to-alert latencies received so far, in nanoseconds, sorted. */
    synchronized long[] latencies() {
        long[] l = Arrays.copyOf(latencies, count);
        Arrays.sort(l);
        return l;
    }

    /**
     * The latencies in the order the alerts arrived, cut into {@code parts} runs of alerts: each
     * run's median and maximum in ms, "p50/max" per run. Shows whether the tail is one stall
     * (and when) or spread over the whole run.
     */
    synchronized String timeline(int parts) {
        StringBuilder sb = new StringBuilder();
        for (int p = 0; p < parts && count >= parts; p++) {
            long[] run = Arrays.copyOfRange(latencies, p * count / parts, (p + 1) * count / parts);
            Arrays.sort(run);
            sb.append(p == 0 ? "" : " ").append(String.format("%.1f/%.0f", WriteLoad.percentile(run, 50) / 1e6,
                    run[run.length - 1] / 1e6));
        }
        return sb.toString();
    }

    /** Forgets every body and alert, for the next run over the same bodies. */
    synchronized void reset() {
        sentAt.clear();
        count = 0;
        unmatched = 0;
    }

    /** Alerts whose time matched no marked point (there should be none). */
    synchronized int unmatched() {
        return unmatched;
    }

    private static long lastTime(byte[] body) {
        int end = body.length - 1; // the last newline
        int start = end;
        while (body[start - 1] != ' ') {
            start--;
        }
        return Long.parseLong(new String(body, start, end - start, StandardCharsets.US_ASCII));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

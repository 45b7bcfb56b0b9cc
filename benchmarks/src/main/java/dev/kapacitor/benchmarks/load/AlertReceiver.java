package dev.kapacitor.benchmarks.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The endpoint of a task's {@code .post()}: each write body gets one marked point appended (host
 * {@code mark}, {@code usage_idle=-1}, so the alert fires), whose time identifies the body; the
 * alert's {@code time} leads back to when that body was sent, which gives write-to-alert latency.
 *
 * <p>A minimal HTTP/1.1 server on blocking sockets, a thread per connection (the server keeps one
 * keep-alive connection per handler): the JDK's {@code HttpServer} took a fifth of a core at
 * 800 alerts/s, on the two cores the server being measured needs.
 */
final class AlertReceiver implements AutoCloseable {
    static final String MARK_HOST = "mark";
    private static final JsonFactory JSON = new JsonFactory();
    private static final byte[] OK = "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    private final ServerSocket server;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    /** A marked point's time: the index of the body that carried it. */
    private final Map<Long, Integer> bodyOf = new ConcurrentHashMap<>();
    private volatile long[] sentAt = new long[0];
    private long[] latencies = new long[1024];
    /** The body of each latency, in arrival order. */
    private int[] bodies = new int[1024];
    private int count;
    private int unmatched;

    AlertReceiver() throws IOException {
        server = new ServerSocket(0, 64, InetAddress.getLoopbackAddress());
        Thread t = new Thread(this::accept, "alert-receiver");
        t.setDaemon(true);
        t.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getLocalPort() + "/";
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                s.setTcpNoDelay(true);
                open.add(s);
                Thread t = new Thread(() -> serve(s), "alert-receiver-" + s.getPort());
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                // closed
            }
        }
    }

    /** Reads requests off one keep-alive connection until the poster closes it. */
    private void serve(Socket s) {
        try (s; InputStream in = new BufferedInputStream(s.getInputStream(), 16 * 1024)) {
            OutputStream out = s.getOutputStream();
            while (true) {
                byte[] body = Http.readRequestBody(in);
                long now = System.nanoTime();
                receive(now, body);
                out.write(OK);
                out.flush();
            }
        } catch (EOFException e) {
            // the poster closed its connection
        } catch (IOException e) {
            if (!server.isClosed()) {
                System.err.println("alert receiver: " + e);
            }
        } finally {
            open.remove(s);
        }
    }

    /** Top-level {@code level} and {@code time} of the alert's JSON; an alert that is not OK is recorded. */
    private void receive(long now, byte[] body) throws IOException {
        String level = null;
        String time = null;
        try (JsonParser p = JSON.createParser(body)) {
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "level" -> level = p.getText();
                    case "time" -> time = p.getText();
                    default -> p.skipChildren();
                }
            }
        }
        if (!"OK".equals(level)) {
            record(now, time);
        }
    }

    /** Appends the marked point to each body; its time is one nanosecond after the body's last point. */
    WriteLoad.Marker marker(java.util.List<byte[]> bodies) {
        long[] times = bodies.stream().mapToLong(b -> lastTime(b) + 1).toArray();
        long[] sent = new long[times.length];
        sentAt = sent;
        return index -> {
            sent[index] = System.nanoTime();
            if (bodyOf.put(times[index], index) != null) {
                throw new IllegalStateException("two bodies end at the same time: " + times[index]);
            }
            return ("cpu,host=" + MARK_HOST + ",cpu=cpu0 usage_idle=-1,usage_user=0 " + times[index] + "\n")
                    .getBytes(StandardCharsets.US_ASCII);
        };
    }

    private synchronized void record(long now, String time) {
        Instant t = Instant.parse(time);
        Integer body = bodyOf.get(t.getEpochSecond() * 1_000_000_000L + t.getNano());
        if (body == null) {
            unmatched++;
            return;
        }
        if (count == latencies.length) {
            latencies = Arrays.copyOf(latencies, count * 2);
            bodies = Arrays.copyOf(bodies, count * 2);
        }
        bodies[count] = body;
        latencies[count++] = now - sentAt[body];
    }

    /**
     * The {@code n} slowest alerts, slowest first, each as its latency split at the write's
     * answer: "alert = request + after" in ms, {@code requests} being each body's round trip.
     * Shows whether the tail is in the write request (reading, parsing, routing) or after it
     * (the task, the handler's post, the receiver).
     */
    synchronized String slowest(int n, long[] requests) {
        Integer[] order = new Integer[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(latencies[b], latencies[a]));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(n, count); i++) {
            long alert = latencies[order[i]];
            long request = requests[bodies[order[i]]];
            sb.append(i == 0 ? "" : ", ").append(String.format("%.1f = %.1f + %.1f", alert / 1e6, request / 1e6,
                    (alert - request) / 1e6));
        }
        return sb.toString();
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
        bodyOf.clear();
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
    public void close() throws IOException {
        server.close();
        for (Socket s : open) {
            s.close();
        }
    }

    /** Just enough of HTTP/1.1 to read the requests a poster sends. */
    static final class Http {
        private Http() {
        }

        /** Reads one request's head and returns its body (Content-Length or chunked). */
        static byte[] readRequestBody(InputStream in) throws IOException {
            long length = 0;
            boolean chunked = false;
            for (String line = line(in); !line.isEmpty(); line = line(in)) {
                int colon = line.indexOf(':');
                String name = colon < 0 ? line : line.substring(0, colon).trim();
                String value = colon < 0 ? "" : line.substring(colon + 1).trim();
                if (name.equalsIgnoreCase("Content-Length")) {
                    length = Long.parseLong(value);
                } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
                    chunked = value.equalsIgnoreCase("chunked");
                }
            }
            if (!chunked) {
                return in.readNBytes(Math.toIntExact(length));
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (int size = chunk(in); size > 0; size = chunk(in)) {
                body.write(in.readNBytes(size));
                line(in);
            }
            while (!line(in).isEmpty()) {
                // trailers
            }
            return body.toByteArray();
        }

        private static int chunk(InputStream in) throws IOException {
            String size = line(in);
            int semi = size.indexOf(';');
            return Integer.parseInt((semi < 0 ? size : size.substring(0, semi)).trim(), 16);
        }

        private static String line(InputStream in) throws IOException {
            StringBuilder sb = new StringBuilder();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new EOFException();
                }
                if (b != '\r') {
                    sb.append((char) b);
                }
            }
            return sb.toString();
        }
    }
}

package dev.kapacitor.engine.conformance;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An HTTP server on 127.0.0.1 that keeps every POST body by path, in arrival order. */
public final class Collector implements AutoCloseable {
    private final HttpServer server;
    private final Map<String, List<String>> bodies = new LinkedHashMap<>();
    private final List<Map<String, List<String>>> headers = new ArrayList<>();
    private volatile int status = 200;
    private volatile long delayMillis;

    public Collector() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            sleep(delayMillis);
            synchronized (bodies) {
                headers.add(new LinkedHashMap<>(exchange.getRequestHeaders()));
                bodies.computeIfAbsent(exchange.getRequestURI().getPath(), k -> new ArrayList<>())
                        .add(new String(body, StandardCharsets.UTF_8));
                bodies.notifyAll();
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Answers each request only after this delay. */
    public void delay(long millis) {
        delayMillis = millis;
    }

    /** The headers of every request, in arrival order. */
    public List<Map<String, List<String>>> headers() {
        synchronized (bodies) {
            return new ArrayList<>(headers);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The status code answered from now on. */
    public void respondWith(int code) {
        status = code;
    }

    /** The bodies received under paths starting with {@code prefix}, keyed by the rest of the path. */
    public Map<String, List<String>> received(String prefix) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        synchronized (bodies) {
            bodies.forEach((path, list) -> {
                if (path.startsWith(prefix)) {
                    out.put(path.substring(prefix.length()), new ArrayList<>(list));
                }
            });
        }
        return out;
    }

    /** Waits until {@code count} bodies arrived under the prefix, then {@code settleMillis} more for extras. */
    public Map<String, List<String>> await(String prefix, int count, long timeoutMillis, long settleMillis)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        synchronized (bodies) {
            while (total(prefix) < count && System.currentTimeMillis() < deadline) {
                bodies.wait(Math.max(1, deadline - System.currentTimeMillis()));
            }
        }
        Thread.sleep(settleMillis);
        return received(prefix);
    }

    private int total(String prefix) {
        int n = 0;
        for (Map.Entry<String, List<String>> e : bodies.entrySet()) {
            if (e.getKey().startsWith(prefix)) {
                n += e.getValue().size();
            }
        }
        return n;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

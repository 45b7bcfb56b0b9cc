package dev.kapacitor.benchmarks.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** The few task calls of Kapacitor's HTTP API the scenarios need; not on the measured path. */
final class KapacitorApi {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    KapacitorApi(URI base) {
        this.base = base;
    }

    boolean ping() {
        try {
            return send("GET", "/kapacitor/v1/ping", null).statusCode() == 204;
        } catch (IOException e) {
            return false;
        }
    }

    /** Defines and enables a stream task; {@code groupIdleTtl} may be null. */
    void defineTask(String id, String db, String rp, String script, String groupIdleTtl) throws IOException {
        ObjectNode task = JSON.createObjectNode().put("id", id).put("type", "stream").put("status", "enabled")
                .put("script", script);
        task.putArray("dbrps").addObject().put("db", db).put("rp", rp);
        if (groupIdleTtl != null) {
            task.put("group-idle-ttl", groupIdleTtl);
        }
        expect(send("POST", "/kapacitor/v1/tasks", task.toString()), 200, "define task " + id);
    }

    void deleteTask(String id) throws IOException {
        expect(send("DELETE", "/kapacitor/v1/tasks/" + id, null), 204, "delete task " + id);
    }

    /** Points {@code node} of each task matching {@code pattern} (a glob) has collected, by task id. */
    Map<String, Long> collected(String pattern, String node) throws IOException {
        return nodeStat(pattern, node, "collected");
    }

    /** Statistic {@code stat} of {@code node} (e.g. emitted) in each task matching {@code pattern}, by task id. */
    Map<String, Long> nodeStat(String pattern, String node, String stat) throws IOException {
        HttpResponse<String> r = send("GET", "/kapacitor/v1/tasks?fields=stats&limit=100000&pattern=" + pattern, null);
        expect(r, 200, "list tasks");
        Map<String, Long> out = new HashMap<>();
        for (JsonNode t : JSON.readTree(r.body()).path("tasks")) {
            out.put(t.path("id").asText(), t.path("stats").path("node-stats").path(node).path(stat).asLong());
        }
        return out;
    }

    /**
     * Waits until {@code node} of every task matching {@code pattern} has collected at least {@code expected}
     * points, polling every {@code pollMillis}; false if {@code timeoutMillis} passed first.
     */
    boolean awaitCollected(String pattern, String node, long expected, long pollMillis, long timeoutMillis)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
        do {
            Map<String, Long> counts = collected(pattern, node);
            if (!counts.isEmpty() && counts.values().stream().allMatch(c -> c >= expected)) {
                return true;
            }
            Thread.sleep(pollMillis);
        } while (System.nanoTime() < deadline);
        return false;
    }

    /** The largest working_cardinality of any node of the task: the groups it holds. */
    long workingCardinality(String id) throws IOException {
        long max = 0;
        for (JsonNode node : JSON.readTree(get("/kapacitor/v1/tasks/" + id)).path("stats").path("node-stats")) {
            max = Math.max(max, node.path("working_cardinality").asLong());
        }
        return max;
    }

    /** The body of GET {@code path}, which must answer 200. */
    String get(String path) throws IOException {
        HttpResponse<String> r = send("GET", path, null);
        expect(r, 200, "GET " + path);
        return r.body();
    }

    private HttpResponse<String> send(String method, String path, String body) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT);
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + method + " " + path, e);
        }
    }

    private static void expect(HttpResponse<String> r, int status, String what) throws IOException {
        if (r.statusCode() != status) {
            throw new IOException(what + ": HTTP " + r.statusCode() + " " + r.body());
        }
    }
}

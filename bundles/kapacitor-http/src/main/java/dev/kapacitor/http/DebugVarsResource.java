package dev.kapacitor.http;

import dev.kapacitor.api.gofmt.GoFloat;
import dev.kapacitor.api.gofmt.GoQuote;
import dev.kapacitor.api.task.StatisticsService;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * GET /kapacitor/v1/debug/vars: Kapacitor 1.5's expvar page, as its serveExpvar writes it (one
 * top-level var a line, sorted; nested maps as expvar prints them). "kapacitor" holds the engine's
 * statistics, each under a UUID as in Kapacitor, here derived from its name and tags so it stays
 * the same between calls. "memstats" gives the JVM's heap and collector figures under the names
 * of Go's runtime.MemStats, and "cmdline" the command's name only: the JVM's arguments may hold
 * secrets.
 */
final class DebugVarsResource {
    static final String PATH = "/kapacitor/v1/debug/vars";

    private final Supplier<StatisticsService> stats;

    DebugVarsResource(Supplier<StatisticsService> stats) {
        this.stats = stats;
    }

    void get(Exchange ex) throws IOException {
        StatisticsService s = stats.get();
        StatisticsService.Server server = s.server();
        Map<String, String> vars = new TreeMap<>();
        vars.put("cluster_id", GoQuote.quote(server.clusterId()));
        vars.put("cmdline", "[\"kapacitord\"]");
        vars.put("host", GoQuote.quote(server.host()));
        vars.put("kapacitor", statistics(s));
        vars.put("memstats", memstats());
        vars.put("num_enabled_tasks", Long.toString(server.numEnabledTasks()));
        vars.put("num_subscriptions", "0");
        vars.put("num_tasks", Long.toString(server.numTasks()));
        vars.put("platform", "\"OSS\"");
        vars.put("product", "\"kapacitor\"");
        vars.put("server_id", GoQuote.quote(server.serverId()));
        vars.put("version", GoQuote.quote(KapacitorServlet.VERSION));
        StringBuilder b = new StringBuilder(4096).append("{\n");
        String sep = "";
        for (Map.Entry<String, String> e : vars.entrySet()) {
            b.append(sep).append(GoQuote.quote(e.getKey())).append(": ").append(e.getValue());
            sep = ",\n";
        }
        ex.raw(200, b.append("\n}\n").toString());
    }

    private static String statistics(StatisticsService s) {
        Map<String, String> byKey = new TreeMap<>();
        for (StatisticsService.Statistic st : s.statistics()) {
            Map<String, String> tags = new TreeMap<>(st.tags());
            StringBuilder b = new StringBuilder(256).append("{\"name\": ").append(GoQuote.quote(st.name()));
            b.append(", \"tags\": ").append(map(tags, GoQuote::quote));
            b.append(", \"values\": ").append(map(new TreeMap<>(st.values()), DebugVarsResource::number)).append('}');
            byKey.put(key(st.name(), tags), b.toString());
        }
        return map(byKey, v -> v);
    }

    private static String key(String name, Map<String, String> sortedTags) {
        return UUID.nameUUIDFromBytes((name + sortedTags).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** Go's expvar.Map: {"k": v, "k2": v2}. */
    private static <V> String map(Map<String, V> sorted, java.util.function.Function<V, String> value) {
        StringBuilder b = new StringBuilder().append('{');
        String sep = "";
        for (Map.Entry<String, V> e : sorted.entrySet()) {
            b.append(sep).append(GoQuote.quote(e.getKey())).append(": ").append(value.apply(e.getValue()));
            sep = ", ";
        }
        return b.append('}').toString();
    }

    /** expvar's Int and Float: integers in decimal, floats as strconv.FormatFloat(f, 'g', -1, 64). */
    private static String number(Object v) {
        if (v instanceof Double || v instanceof Float) {
            return GoFloat.format(((Number) v).doubleValue(), 'g', -1);
        }
        return String.valueOf(v);
    }

    /** The JVM's figures under runtime.MemStats names, in its field order, as json.Marshal writes it. */
    private static String memstats() {
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        MemoryUsage other = ManagementFactory.getMemoryMXBean().getNonHeapMemoryUsage();
        long gcs = 0;
        long gcMillis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            gcs += Math.max(0, gc.getCollectionCount());
            gcMillis += Math.max(0, gc.getCollectionTime());
        }
        return "{\"Alloc\":" + heap.getUsed() + ",\"Sys\":" + (heap.getCommitted() + other.getCommitted())
                + ",\"HeapAlloc\":" + heap.getUsed() + ",\"HeapSys\":" + heap.getCommitted()
                + ",\"HeapIdle\":" + (heap.getCommitted() - heap.getUsed()) + ",\"HeapInuse\":" + heap.getUsed()
                + ",\"PauseTotalNs\":" + gcMillis * 1_000_000L + ",\"NumGC\":" + gcs + "}";
    }
}

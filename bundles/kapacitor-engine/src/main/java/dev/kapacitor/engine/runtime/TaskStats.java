package dev.kapacitor.engine.runtime;

import dev.kapacitor.api.task.StatisticsService;
import dev.kapacitor.api.task.TaskType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What an executing task reports about itself: its throughput, Kapacitor's execution stats and
 * "nodes" statistics, and the DOT graph with them. Read from API threads while the task runs,
 * so it only reads the nodes' own counters.
 */
final class TaskStats {
    private final String id;
    private final TaskType type;
    private final List<Node> nodes;
    private final Node source;
    private volatile double throughput;
    private long lastCollected;
    private long lastNanos = System.nanoTime();

    TaskStats(String id, TaskType type, List<Node> nodes) {
        this.id = id;
        this.type = type;
        this.nodes = nodes;
        this.source = nodes.get(0);
    }

    /** Recomputes points (or batches) per second; called every second by the engine's timer. */
    void updateThroughput() {
        long now = System.nanoTime();
        long collected = source.stats().collectedCount();
        double seconds = (now - lastNanos) / 1e9;
        throughput = seconds <= 0 ? 0 : (collected - lastCollected) / seconds;
        lastCollected = collected;
        lastNanos = now;
    }

    /** Kapacitor's execution stats: {@code task-stats} and {@code node-stats}. */
    Map<String, Object> executionStats() {
        Map<String, Object> nodeStats = new HashMap<>();
        for (Node n : nodes) {
            Map<String, Object> s = statMap(n);
            s.put("collected", n.stats().collectedCount());
            s.put("emitted", n.stats().emittedCount());
            nodeStats.put(n.name(), s);
        }
        Map<String, Object> stats = new HashMap<>();
        stats.put("task-stats", Map.of("throughput", throughput));
        stats.put("node-stats", nodeStats);
        return stats;
    }

    /** Kapacitor's "nodes" statistics: one per node, tagged with task, node, type and kind. */
    List<StatisticsService.Statistic> nodeStatistics() {
        List<StatisticsService.Statistic> out = new ArrayList<>(nodes.size());
        String taskType = type.name().toLowerCase(Locale.ROOT);
        for (Node n : nodes) {
            out.add(new StatisticsService.Statistic("nodes", Map.of("task", id, "node", n.name(), "type", taskType,
                    "kind", n.spec().type().kind()), statMap(n)));
        }
        return out;
    }

    /** Kapacitor's node statMap: avg_exec_time_ns, errors, working_cardinality and the node's own. */
    static Map<String, Object> statMap(Node n) {
        Map<String, Object> s = new HashMap<>();
        s.put("avg_exec_time_ns", n.stats().avgExecTimeNanos());
        s.put("errors", n.stats().errorCount());
        s.put("working_cardinality", (long) n.cardinality());
        n.addStats(s);
        return s;
    }

    /** The graph with execution stats as attributes, or as graphviz labels (dot-view=labels). */
    String dot(boolean labels) {
        return ExecutionDot.render(id, type == TaskType.BATCH ? "batches" : "points", throughput, nodes, labels);
    }
}

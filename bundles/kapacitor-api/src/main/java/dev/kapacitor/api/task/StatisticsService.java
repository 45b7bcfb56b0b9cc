package dev.kapacitor.api.task;

import java.util.List;
import java.util.Map;

/**
 * Kapacitor's internal statistics, what {@code GET /kapacitor/v1/debug/vars} shows: server-wide
 * vars, and one entry per statistic (Kapacitor's {@code vars.NewStatistic}). Offered by the engine.
 */
public interface StatisticsService {
    /** Kapacitor's top-level vars cluster_id, server_id, host, num_tasks and num_enabled_tasks. */
    record Server(String clusterId, String serverId, String host, long numTasks, long numEnabledTasks) {
    }

    /**
     * One statistic: its name ({@code nodes}, {@code alert_handlers}), its tags (cluster_id,
     * server_id and host included) and its values, each a Long or a Double.
     */
    record Statistic(String name, Map<String, String> tags, Map<String, Object> values) {
    }

    Server server();

    /** Every statistic now, in no particular order (Kapacitor's map has none). */
    List<Statistic> statistics();
}

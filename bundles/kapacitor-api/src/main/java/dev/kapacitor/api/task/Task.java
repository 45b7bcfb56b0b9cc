package dev.kapacitor.api.task;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A task as the API returns it (Kapacitor 1.5's task object). {@code stats} holds
 * "task-stats" and "node-stats"; {@code lastEnabled} is null until the task is first enabled.
 */
public record Task(String id, String templateId, TaskType type, List<Dbrp> dbrps, String script,
                   Map<String, TaskVar> vars, String dot, TaskStatus status, boolean executing,
                   String error, Map<String, Object> stats, Instant created, Instant modified,
                   Instant lastEnabled) {
}

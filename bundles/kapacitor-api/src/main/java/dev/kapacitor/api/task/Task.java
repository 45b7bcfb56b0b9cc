package dev.kapacitor.api.task;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A task as the API returns it (Kapacitor 1.5's task object). {@code stats} holds
 * "task-stats" and "node-stats"; {@code lastEnabled} is null until the task is first enabled.
 * {@code groupIdleTtl} is this server's own addition: the task's group-idle-ttl in Go duration
 * syntax, or null when the task has none of its own (it then uses the engine's).
 */
public record Task(String id, String templateId, TaskType type, List<Dbrp> dbrps, String script,
                   Map<String, TaskVar> vars, String dot, TaskStatus status, boolean executing,
                   String error, Map<String, Object> stats, Instant created, Instant modified,
                   Instant lastEnabled, String groupIdleTtl) {
    /** A task without a group-idle-ttl of its own. */
    public Task(String id, String templateId, TaskType type, List<Dbrp> dbrps, String script,
                Map<String, TaskVar> vars, String dot, TaskStatus status, boolean executing,
                String error, Map<String, Object> stats, Instant created, Instant modified,
                Instant lastEnabled) {
        this(id, templateId, type, dbrps, script, vars, dot, status, executing, error, stats, created, modified,
                lastEnabled, null);
    }

    /** The same task showing this script (a formatted one). */
    public Task withScript(String s) {
        return new Task(id, templateId, type, dbrps, s, vars, dot, status, executing, error, stats, created, modified,
                lastEnabled, groupIdleTtl);
    }
}

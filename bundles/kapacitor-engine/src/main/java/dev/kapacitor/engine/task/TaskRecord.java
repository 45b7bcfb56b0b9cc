package dev.kapacitor.engine.task;

import dev.kapacitor.api.task.Dbrp;
import dev.kapacitor.api.task.TaskStatus;
import dev.kapacitor.api.task.TaskType;
import dev.kapacitor.api.task.TaskVar;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A task as it is stored: its definition, status and last error (Kapacitor's task_store Task),
 * and its own group-idle-ttl (a Go duration, or null to use the engine's).
 */
public record TaskRecord(String id, String templateId, TaskType type, List<Dbrp> dbrps, String script,
                         Map<String, TaskVar> vars, TaskStatus status, String error,
                         Instant created, Instant modified, Instant lastEnabled, String groupIdleTtl) {
    public TaskRecord {
        templateId = templateId == null ? "" : templateId;
        dbrps = List.copyOf(dbrps);
        vars = vars == null ? Map.of() : Map.copyOf(vars);
        error = error == null ? "" : error;
    }

    public TaskRecord withError(String e) {
        return new TaskRecord(id, templateId, type, dbrps, script, vars, status, e, created, modified, lastEnabled,
                groupIdleTtl);
    }

    public TaskRecord withId(String newId) {
        return new TaskRecord(newId, templateId, type, dbrps, script, vars, status, error, created, modified,
                lastEnabled, groupIdleTtl);
    }
}

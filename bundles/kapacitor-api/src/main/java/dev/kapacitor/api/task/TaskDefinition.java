package dev.kapacitor.api.task;

import java.util.List;
import java.util.Map;

/**
 * What a client sends to create or patch a task. On a patch, a null component means
 * "leave unchanged". {@code groupIdleTtl} (this server's addition, Go duration syntax) is the
 * task's own group-idle-ttl: "0s" turns expiry off for the task, "" drops the task's own value.
 */
public record TaskDefinition(String id, String templateId, TaskType type, List<Dbrp> dbrps,
                             String script, TaskStatus status, Map<String, TaskVar> vars, String groupIdleTtl) {
    /** A definition that leaves the group-idle-ttl as it is (the engine's, for a new task). */
    public TaskDefinition(String id, String templateId, TaskType type, List<Dbrp> dbrps,
                          String script, TaskStatus status, Map<String, TaskVar> vars) {
        this(id, templateId, type, dbrps, script, status, vars, null);
    }
}

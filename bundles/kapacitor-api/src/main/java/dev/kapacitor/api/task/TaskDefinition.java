package dev.kapacitor.api.task;

import java.util.List;
import java.util.Map;

/**
 * What a client sends to create or patch a task. On a patch, a null component means
 * "leave unchanged".
 */
public record TaskDefinition(String id, String templateId, TaskType type, List<Dbrp> dbrps,
                             String script, TaskStatus status, Map<String, TaskVar> vars) {
}

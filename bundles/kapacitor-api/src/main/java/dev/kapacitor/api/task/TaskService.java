package dev.kapacitor.api.task;

import java.util.List;
import java.util.Optional;

/**
 * Defines, lists, changes and deletes tasks. Failures throw {@link TaskException} carrying the
 * HTTP status and message Kapacitor would answer with.
 */
public interface TaskService {
    Task create(TaskDefinition definition);

    /** Applies the non-null parts of the patch; (re)starts or stops the task as its status says. */
    Task update(String id, TaskDefinition patch);

    Optional<Task> get(String id);

    /** All tasks, sorted by id. */
    List<Task> list();

    /** Stops the task if it runs and removes it; 404 if there is no such task. */
    void delete(String id);
}

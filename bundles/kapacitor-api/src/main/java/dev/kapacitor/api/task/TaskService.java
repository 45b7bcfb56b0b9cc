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

    /** The task, an executing one's DOT showing its stats as attributes. */
    default Optional<Task> get(String id) {
        return get(id, DotView.ATTRIBUTES);
    }

    /** The task, an executing one's DOT showing its stats in the given view. */
    Optional<Task> get(String id, DotView dotView);

    /** All tasks, sorted by id; executing ones' DOT shows their stats as attributes. */
    default List<Task> list() {
        return list(DotView.ATTRIBUTES);
    }

    /** All tasks, sorted by id; executing ones' DOT shows their stats in the given view. */
    List<Task> list(DotView dotView);

    /** Stops the task if it runs and removes it; 404 if there is no such task. */
    void delete(String id);
}

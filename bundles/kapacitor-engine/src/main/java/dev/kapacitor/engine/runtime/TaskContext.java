package dev.kapacitor.engine.runtime;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/** What the nodes of one executing task share: its id, the engine services and its outputs. */
public final class TaskContext {
    private final String taskId;
    private final EngineServices services;
    private final Map<String, HttpOutput> outputs = new ConcurrentHashMap<>();
    private volatile Consumer<Runnable> taskThread = Runnable::run;

    public TaskContext(String taskId, EngineServices services) {
        this.taskId = taskId;
        this.services = services;
    }

    public String taskId() {
        return taskId;
    }

    public EngineServices services() {
        return services;
    }

    /**
     * Runs {@code r} on the task thread, after what is already queued: how work finished on
     * another thread (an HTTP response) re-enters the pipeline without racing it.
     */
    public void runOnTaskThread(Runnable r) {
        taskThread.accept(r);
    }

    void setTaskThread(Consumer<Runnable> runner) {
        this.taskThread = runner;
    }

    public void registerOutput(String endpoint, HttpOutput output) {
        outputs.put(endpoint, output);
    }

    public Optional<HttpOutput> output(String endpoint) {
        return Optional.ofNullable(outputs.get(endpoint));
    }
}

package dev.kapacitor.engine;

import dev.kapacitor.api.model.Result;
import dev.kapacitor.engine.nodes.Nodes;
import dev.kapacitor.engine.runtime.EngineServices;
import dev.kapacitor.engine.runtime.HttpOutput;
import dev.kapacitor.engine.runtime.NodeRegistry;
import dev.kapacitor.engine.task.TaskMaster;
import dev.kapacitor.engine.task.TaskStore;
import dev.kapacitor.engine.task.TaskStoreService;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * One open engine: the task store in a data directory, the running tasks and their shared
 * services. Usable without OSGi (tests, benchmarks): {@code Engine.open(settings)}.
 */
public final class Engine implements AutoCloseable {
    /**
     * @param queueSize points a task may have waiting; @param writeTimeoutMillis wait for a full task
     * @param groupIdleTtl nanoseconds of a task's data time after which a group without data is
     *                     forgotten, for tasks without their own; 0: never (Kapacitor's behaviour)
     */
    public record Settings(Path dataDir, int queueSize, long writeTimeoutMillis, long groupIdleTtl) {
        public Settings(Path dataDir, int queueSize, long writeTimeoutMillis) {
            this(dataDir, queueSize, writeTimeoutMillis, 0);
        }
    }

    private final Settings settings;
    private final EngineServices services;
    private final TaskMaster master;
    private final TaskStoreService tasks;

    private Engine(Settings settings, EngineServices services, TaskMaster master, TaskStoreService tasks) {
        this.settings = settings;
        this.services = services;
        this.master = master;
        this.tasks = tasks;
    }

    public static Engine open(Settings settings) throws IOException {
        NodeRegistry registry = Nodes.registry();
        EngineServices services = new EngineServices();
        TaskStoreService[] ref = new TaskStoreService[1];
        TaskMaster master = new TaskMaster(registry, services, settings.queueSize(), settings.writeTimeoutMillis(),
                (id, error) -> ref[0].taskFailed(id, error));
        services.setPointsWriter(master);
        try {
            TaskStore store = new TaskStore(settings.dataDir());
            ref[0] = new TaskStoreService(store, master, registry.catalog(), Clock.systemUTC(), settings.groupIdleTtl());
            ref[0].open();
        } catch (IOException | RuntimeException e) {
            master.close();
            services.close();
            throw e;
        }
        return new Engine(settings, services, master, ref[0]);
    }

    public Settings settings() {
        return settings;
    }

    public TaskStoreService tasks() {
        return tasks;
    }

    public TaskMaster master() {
        return master;
    }

    /** The latest result of an executing task's httpOut node; empty when not executing or no such node. */
    public Optional<Result> httpOut(String taskId, String endpoint) {
        return master.executing(taskId).flatMap(t -> t.output(endpoint)).map(HttpOutput::result);
    }

    @Override
    public void close() {
        master.close();
        services.close();
    }
}

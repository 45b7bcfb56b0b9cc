package dev.kapacitor.engine;

import dev.kapacitor.api.model.Result;
import dev.kapacitor.api.task.StatisticsService;
import dev.kapacitor.engine.alert.HandlerCatalog;
import dev.kapacitor.engine.alert.TopicHandlers;
import dev.kapacitor.engine.nodes.Nodes;
import dev.kapacitor.engine.runtime.EngineServices;
import dev.kapacitor.engine.runtime.ExecutingTask;
import dev.kapacitor.engine.runtime.HttpOutput;
import dev.kapacitor.engine.runtime.NodeRegistry;
import dev.kapacitor.engine.task.TaskMaster;
import dev.kapacitor.engine.task.TaskStore;
import dev.kapacitor.engine.task.TaskStoreService;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private final Runnable stopRetries;
    private final TopicHandlers topics;

    private Engine(Settings settings, EngineServices services, TaskMaster master, TaskStoreService tasks,
                   Runnable stopRetries, TopicHandlers topics) {
        this.stopRetries = stopRetries;
        this.topics = topics;
        this.settings = settings;
        this.services = services;
        this.master = master;
        this.tasks = tasks;
    }

    public static Engine open(Settings settings) throws IOException {
        return open(settings, HandlerCatalog.withBuiltIns());
    }

    /** @param handlers the installed alert handlers, which may change while the engine runs */
    public static Engine open(Settings settings, HandlerCatalog handlers) throws IOException {
        NodeRegistry registry = Nodes.registry();
        EngineServices services = new EngineServices(handlers, settings.dataDir());
        TaskStoreService[] ref = new TaskStoreService[1];
        TopicHandlers topics;
        try {
            // before the tasks start, so the first events of restored tasks reach restored handlers
            topics = TopicHandlers.open(services.alerts(), settings.dataDir());
        } catch (IOException | RuntimeException e) {
            services.close();
            throw e;
        }
        Runnable stopRetries = () -> { };
        TaskMaster master = new TaskMaster(registry, services, settings.queueSize(), settings.writeTimeoutMillis(),
                (id, error) -> ref[0].taskFailed(id, error));
        services.setPointsWriter(master);
        try {
            TaskStore store = new TaskStore(settings.dataDir());
            ref[0] = new TaskStoreService(store, master, registry.catalog(handlers), Clock.systemUTC(),
                    settings.groupIdleTtl());
            // a handler installed while the stored tasks load must not be missed
            stopRetries = handlers.onChange(ref[0]::retryUnevaluated);
            ref[0].open();
        } catch (IOException | RuntimeException e) {
            stopRetries.run();
            master.close();
            topics.close();
            services.close();
            throw e;
        }
        return new Engine(settings, services, master, ref[0], stopRetries, topics);
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

    /** The installed alert handlers; tests install theirs here, OSGi adds the registered services. */
    public HandlerCatalog alertHandlers() {
        return services.alerts().handlers();
    }

    /** The alert topics and their handlers, as the topics API shows them. */
    public TopicHandlers topics() {
        return topics;
    }

    /** The latest result of an executing task's httpOut node; empty when not executing or no such node. */
    public Optional<Result> httpOut(String taskId, String endpoint) {
        return master.executing(taskId).flatMap(t -> t.output(endpoint)).map(HttpOutput::result);
    }

    /** Kapacitor's top-level vars; this server has no cluster or server ids (empty, as in alert details). */
    public StatisticsService.Server server() {
        return new StatisticsService.Server("", "", EngineServices.hostname(), tasks.count(), tasks.enabledCount());
    }

    /** The nodes of the running tasks and the alert handlers, each tagged with the server's ids as in Kapacitor. */
    public List<StatisticsService.Statistic> statistics() {
        List<StatisticsService.Statistic> all = new ArrayList<>();
        for (ExecutingTask t : master.executing()) {
            all.addAll(t.nodeStatistics());
        }
        all.addAll(services.alerts().handlerStatistics());
        StatisticsService.Server server = server();
        List<StatisticsService.Statistic> out = new ArrayList<>(all.size());
        for (StatisticsService.Statistic s : all) {
            Map<String, String> tags = new HashMap<>(s.tags());
            tags.put("cluster_id", server.clusterId());
            tags.put("server_id", server.serverId());
            tags.put("host", server.host());
            out.add(new StatisticsService.Statistic(s.name(), tags, s.values()));
        }
        return out;
    }

    @Override
    public void close() {
        stopRetries.run();
        master.close();
        topics.close();
        services.close();
    }
}

package dev.kapacitor.engine;

import dev.kapacitor.api.alert.AlertHandlerFactory;
import dev.kapacitor.api.alert.HttpPostEndpoints;
import dev.kapacitor.api.alert.AlertLevel;
import dev.kapacitor.api.alert.TopicEventState;
import dev.kapacitor.api.alert.TopicHandlerSpec;
import dev.kapacitor.api.alert.TopicService;
import dev.kapacitor.api.alert.TopicState;
import dev.kapacitor.api.model.Point;
import dev.kapacitor.api.model.Result;
import dev.kapacitor.api.task.DotView;
import dev.kapacitor.api.task.HttpOutService;
import dev.kapacitor.api.task.PointsWriter;
import dev.kapacitor.api.task.Task;
import dev.kapacitor.api.task.TaskDefinition;
import dev.kapacitor.api.task.StatisticsService;
import dev.kapacitor.api.task.TaskService;
import dev.kapacitor.engine.task.GroupIdleTtl;
import java.io.IOException;
import java.nio.file.Path;
import dev.kapacitor.engine.alert.HandlerCatalog;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The engine as OSGi services: task management, point writes and httpOut results. A
 * configuration change reopens the engine on the new settings: running tasks stop and the
 * enabled tasks of the (possibly new) data directory start.
 */
@Component(service = {TaskService.class, PointsWriter.class, HttpOutService.class, TopicService.class,
        StatisticsService.class},
        configurationPid = "dev.kapacitor.engine", configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = EngineConfig.class)
public final class EngineComponent implements TaskService, PointsWriter, HttpOutService, TopicService,
        StatisticsService {
    /** Outlives engine reopenings: the handler services stay bound to the component. */
    private final HandlerCatalog handlers = HandlerCatalog.withBuiltIns();
    private volatile Engine engine;

    @Activate
    void activate(EngineConfig config) throws IOException {
        engine = Engine.open(settings(config), handlers);
    }

    /** An alert integration appeared: scripts may use it from now on, tasks waiting for it start. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addAlertHandler(AlertHandlerFactory factory, Map<String, Object> properties) {
        String name = handlerName(properties);
        if (name != null) {
            handlers.add(name, factory);
        }
    }

    void removeAlertHandler(AlertHandlerFactory factory, Map<String, Object> properties) {
        String name = handlerName(properties);
        if (name != null) {
            handlers.remove(name, factory);
        }
    }

    /** Named post endpoints for |httpPost().endpoint(name), looked up when a task starts. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addPostEndpoints(HttpPostEndpoints endpoints) {
        handlers.addPostEndpoints(endpoints);
    }

    void removePostEndpoints(HttpPostEndpoints endpoints) {
        handlers.removePostEndpoints(endpoints);
    }

    private static String handlerName(Map<String, Object> properties) {
        Object name = properties.get(AlertHandlerFactory.NAME);
        return name instanceof String s && !s.isEmpty() ? s : null;
    }

    @Modified
    synchronized void modified(EngineConfig config) throws IOException {
        Engine.Settings next = settings(config);
        Engine current = engine;
        if (current != null && current.settings().equals(next)) {
            return;
        }
        if (current != null) {
            current.close();
        }
        engine = Engine.open(next, handlers);
    }

    @Deactivate
    synchronized void deactivate() {
        Engine e = engine;
        engine = null;
        if (e != null) {
            e.close();
        }
    }

    static Engine.Settings settings(EngineConfig c) {
        return new Engine.Settings(dataDir(c.data$_$dir()), c.task$_$queue$_$size(), c.write$_$timeout$_$ms(),
                GroupIdleTtl.nanos(c.group$_$idle$_$ttl()));
    }

    static Path dataDir(String configured) {
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured.trim());
        }
        String karafData = System.getProperty("karaf.data");
        return karafData != null ? Path.of(karafData, "kapacitor") : Path.of("data", "kapacitor");
    }

    private Engine engine() {
        Engine e = engine;
        if (e == null) {
            throw new IllegalStateException("the Kapacitor engine is not active");
        }
        return e;
    }

    @Override
    public Server server() {
        return engine().server();
    }

    @Override
    public List<Statistic> statistics() {
        return engine().statistics();
    }

    @Override
    public Task create(TaskDefinition definition) {
        return engine().tasks().create(definition);
    }

    @Override
    public Task update(String id, TaskDefinition patch) {
        return engine().tasks().update(id, patch);
    }

    @Override
    public Optional<Task> get(String id, DotView dotView) {
        return engine().tasks().get(id, dotView);
    }

    @Override
    public List<Task> list(DotView dotView) {
        return engine().tasks().list(dotView);
    }

    @Override
    public void delete(String id) {
        engine().tasks().delete(id);
    }

    @Override
    public void writePoints(String database, String retentionPolicy, List<Point> points) {
        engine().master().writePoints(database, retentionPolicy, points);
    }

    @Override
    public Optional<Result> httpOut(String taskId, String endpoint) {
        return engine().httpOut(taskId, endpoint);
    }

    @Override
    public List<TopicState> topics(AlertLevel minLevel) {
        return engine().topics().topics(minLevel);
    }

    @Override
    public Optional<TopicState> topic(String id) {
        return engine().topics().topic(id);
    }

    @Override
    public void deleteTopic(String id) {
        engine().topics().deleteTopic(id);
    }

    @Override
    public List<TopicEventState> events(String topic, AlertLevel minLevel) {
        return engine().topics().events(topic, minLevel);
    }

    @Override
    public Optional<TopicEventState> event(String topic, String eventId) {
        return engine().topics().event(topic, eventId);
    }

    @Override
    public List<TopicHandlerSpec> handlers(String topic) {
        return engine().topics().handlers(topic);
    }

    @Override
    public Optional<TopicHandlerSpec> handler(String topic, String id) {
        return engine().topics().handler(topic, id);
    }

    @Override
    public void createHandler(TopicHandlerSpec spec) {
        engine().topics().createHandler(spec);
    }

    @Override
    public void replaceHandler(String id, TopicHandlerSpec spec) {
        engine().topics().replaceHandler(id, spec);
    }

    @Override
    public void deleteHandler(String topic, String id) {
        engine().topics().deleteHandler(topic, id);
    }
}

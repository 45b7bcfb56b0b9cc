package dev.kapacitor.engine.alert;

import dev.kapacitor.api.alert.AlertHandler;
import dev.kapacitor.api.alert.HandlerOptions;
import dev.kapacitor.api.task.StatisticsService;
import dev.kapacitor.engine.runtime.EngineServices;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Alerting shared by the tasks of one engine (Kapacitor's alert service): the installed
 * handlers, open topics with their event states, inhibitors, and the threads handlers run on.
 * Topic states are saved to the store in the background (at most a second after they change)
 * and when a topic closes; a task restarting restores its topics from there.
 */
public final class AlertService implements AutoCloseable {
    /** Kapacitor's task master id, the first part of anonymous topic names. */
    public static final String TASK_MASTER = "main";
    private static final Logger LOG = LoggerFactory.getLogger(AlertService.class);
    private static final long HANDLER_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(60);
    /** The name of a handler's statistic in /kapacitor/v1/debug/vars (Kapacitor 1.5 has none). */
    static final String HANDLER_STATISTIC = "alert_handlers";
    private static final long FLUSH_MILLIS = 1_000;

    private final HandlerCatalog handlers;
    private final TopicStore store;
    private final ScheduledExecutorService timer;
    private final ExecutorService pool = Executors.newCachedThreadPool(EngineServices.daemon("kapacitor-alert-handler"));
    private final Map<String, Topic> open = new ConcurrentHashMap<>();
    private final Inhibitors inhibitors = new Inhibitors();
    private final ScheduledFuture<?> flusher;
    /** The handlers registered on topics through the API, attached again whenever a topic opens. */
    private final Map<String, List<TopicHandler>> registered = new ConcurrentHashMap<>();
    /** The handlers of running alert nodes and topic handlers, for their statistics. */
    private final Set<HandlerBinding> bindings = ConcurrentHashMap.newKeySet();

    private AlertService(HandlerCatalog handlers, TopicStore store, ScheduledExecutorService timer) {
        this.handlers = handlers;
        this.store = store;
        this.timer = timer;
        this.flusher = timer.scheduleWithFixedDelay(this::flush, FLUSH_MILLIS, FLUSH_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Topic states kept in memory only. */
    public static AlertService inMemory(HandlerCatalog handlers, ScheduledExecutorService timer) {
        return new AlertService(handlers, TopicStore.inMemory(), timer);
    }

    /** Topic states kept in {@code <dataDir>/alerts}. */
    public static AlertService open(HandlerCatalog handlers, Path dataDir, ScheduledExecutorService timer)
            throws IOException {
        return new AlertService(handlers, new FileTopicStore(dataDir), timer);
    }

    /** The topic of an alert node's own handlers: {@code main:<task>:alert2}. */
    public static String anonymousTopic(String taskId, String nodeName) {
        return TASK_MASTER + ":" + taskId + ":" + nodeName;
    }

    public HandlerCatalog handlers() {
        return handlers;
    }

    public Inhibitors inhibitors() {
        return inhibitors;
    }

    /** The open topic of that id, opened with its saved states if it is not. */
    public Topic topic(String id) {
        return open.computeIfAbsent(id, this::load);
    }

    private Topic load(String id) {
        Topic t = new Topic(id);
        try {
            t.restore(store.load(id));
        } catch (IOException | RuntimeException e) {
            LOG.error("cannot restore the state of alert topic {}: {}", id, e.toString());
        }
        registered.getOrDefault(id, List.of()).forEach(t::addHandler);
        return t;
    }

    /** The ids of the topics open now or saved, sorted (what the topics API lists). */
    public SortedSet<String> topicIds() {
        SortedSet<String> ids = new TreeSet<>(open.keySet());
        try {
            store.topics().forEach(ids::add);
        } catch (IOException e) {
            LOG.error("cannot list saved alert topics: {}", e.toString());
        }
        return ids;
    }

    /** The topic if it is open or saved (it is opened then), else null. */
    public Topic existingTopic(String id) {
        Topic t = open.get(id);
        return t != null || !topicIds().contains(id) ? t : topic(id);
    }

    /** Saves a topic's states and forgets it until it is opened again (its task stopped). */
    public synchronized void closeTopic(String id) {
        Topic t = open.remove(id);
        if (t != null) {
            save(t);
        }
    }

    /** Deletes a topic and its saved states. */
    public synchronized void deleteTopic(String id) {
        open.remove(id);
        try {
            store.delete(id);
        } catch (IOException e) {
            LOG.error("cannot delete the state of alert topic {}: {}", id, e.toString());
        }
    }

    /** Deletes the anonymous topics of a task (its alert nodes' states): the task was deleted. */
    public void deleteTaskTopics(String taskId) {
        String prefix = anonymousTopic(taskId, "");
        List<String> ids = new ArrayList<>(open.keySet());
        try {
            store.topics().forEach(ids::add);
        } catch (IOException e) {
            LOG.error("cannot list saved alert topics: {}", e.toString());
        }
        for (String id : ids) {
            if (id.startsWith(prefix)) {
                deleteTopic(id);
            }
        }
    }

    /** Adds a handler to a topic, now and whenever it opens again; opens the topic. */
    public synchronized void register(String topic, TopicHandler h) {
        Topic t = topic(topic); // opening it attaches the handlers registered before
        registered.computeIfAbsent(topic, k -> new CopyOnWriteArrayList<>()).add(h);
        t.addHandler(h);
    }

    public synchronized void deregister(String topic, TopicHandler h) {
        List<TopicHandler> hs = registered.get(topic);
        if (hs != null) {
            hs.remove(h);
        }
        Topic t = open.get(topic);
        if (t != null) {
            t.removeHandler(h);
        }
    }

    ScheduledExecutorService timer() {
        return timer;
    }

    /** A handler of an alert node, bound by name to the installed services. */
    public HandlerBinding bind(String name, HandlerOptions options, BiConsumer<String, Throwable> errors) {
        return bound(new HandlerBinding(this, name, options, errors, false, nodeTags(name, options)));
    }

    /** A topic handler of the API; its options name the topic and the handler id. */
    HandlerBinding bindTopicHandler(String name, HandlerOptions options, BiConsumer<String, Throwable> errors) {
        return bound(new HandlerBinding(this, name, options, errors, false,
                Map.of("topic", options.taskId(), "id", options.nodeName(), "handler", name)));
    }

    private static Map<String, String> nodeTags(String name, HandlerOptions options) {
        return Map.of("task", options.taskId(), "node", options.nodeName(), "handler", name);
    }

    private HandlerBinding bound(HandlerBinding b) {
        bindings.add(b);
        return b;
    }

    void unbound(HandlerBinding b) {
        bindings.remove(b);
    }

    /** The statistics of the handlers bound now, one per handler of a running alert node or topic. */
    public List<StatisticsService.Statistic> handlerStatistics() {
        List<StatisticsService.Statistic> out = new ArrayList<>(bindings.size());
        for (HandlerBinding b : bindings) {
            out.add(b.statistic());
        }
        return out;
    }

    /**
     * The handlers of the global integrations an alert node does not name, with no options
     * (Kapacitor's {@code global}); chosen now, when the node's task starts.
     */
    public List<HandlerBinding> bindGlobals(String taskId, String nodeName, Set<String> named,
                                            BiConsumer<String, Throwable> errors) {
        List<HandlerBinding> out = new ArrayList<>(0);
        for (String name : handlers.globals()) {
            if (!named.contains(name)) {
                HandlerOptions none = new HandlerOptions(taskId, nodeName, List.of(), Map.of());
                out.add(bound(new HandlerBinding(this, name, none, errors, true, nodeTags(name, none))));
            }
        }
        return out;
    }

    HandlerQueue queue(String name, AlertHandler handler, BiConsumer<String, Throwable> errors,
                       HandlerCounters counts) {
        return new HandlerQueue(name, handler, pool, timer, HANDLER_TIMEOUT_NANOS, errors, counts);
    }

    ExecutorService pool() {
        return pool;
    }

    /** Saves the topics that changed since the last save. */
    public void flush() {
        for (Topic t : open.values()) {
            synchronized (this) {
                // a topic closed or deleted meanwhile was saved or must stay deleted
                if (open.get(t.id()) == t) {
                    save(t);
                }
            }
        }
    }

    private void save(Topic t) {
        Map<String, EventState> states = t.takeDirty();
        if (states == null) {
            return;
        }
        try {
            store.save(t.id(), states);
        } catch (IOException | RuntimeException e) {
            LOG.error("cannot save the state of alert topic {}: {}", t.id(), e.toString());
        }
    }

    @Override
    public void close() {
        flusher.cancel(false);
        flush();
        pool.shutdown();
    }
}

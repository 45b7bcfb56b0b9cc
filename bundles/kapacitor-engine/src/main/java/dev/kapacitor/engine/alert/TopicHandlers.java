package dev.kapacitor.engine.alert;

import dev.kapacitor.api.alert.AlertLevel;
import dev.kapacitor.api.alert.TopicEventState;
import dev.kapacitor.api.alert.TopicHandlerSpec;
import dev.kapacitor.api.alert.TopicService;
import dev.kapacitor.api.alert.TopicState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The topics API of one engine: topic and event states from the {@link AlertService}, and the
 * topic handlers, persisted in the data dir and running on their topics. A saved handler whose
 * integration is not installed (yet) starts when it is.
 */
public final class TopicHandlers implements TopicService, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TopicHandlers.class);

    private final AlertService alerts;
    private final HandlerSpecStore store;
    private final TopicHandlerKinds kinds;
    /** topic/id to spec, sorted, of every handler; running ones in {@link #running}. */
    private final Map<String, TopicHandlerSpec> specs = new TreeMap<>();
    private final Map<String, SpecHandler> running = new TreeMap<>();
    private final Runnable stopListening;

    private TopicHandlers(AlertService alerts, HandlerSpecStore store) {
        this.alerts = alerts;
        this.store = store;
        this.kinds = new TopicHandlerKinds(alerts);
        this.stopListening = alerts.handlers().onChange(this::startPending);
    }

    /** Loads the saved handlers and starts those it can. */
    public static TopicHandlers open(AlertService alerts, java.nio.file.Path dataDir) throws IOException {
        HandlerSpecStore store = new HandlerSpecStore(dataDir);
        TopicHandlers t = new TopicHandlers(alerts, store);
        synchronized (t) {
            for (TopicHandlerSpec s : store.load()) {
                t.specs.put(key(s.topic(), s.id()), s);
            }
        }
        t.startPending();
        return t;
    }

    private static String key(String topic, String id) {
        return topic + "/" + id;
    }

    private synchronized void startPending() {
        for (Map.Entry<String, TopicHandlerSpec> e : specs.entrySet()) {
            if (!running.containsKey(e.getKey()) && kinds.available(e.getValue())) {
                try {
                    start(e.getKey(), kinds.make(e.getValue()));
                } catch (RuntimeException ex) {
                    LOG.error("cannot start topic handler {}: {}", e.getKey(), ex.getMessage());
                }
            }
        }
    }

    private void start(String key, SpecHandler h) {
        running.put(key, h);
        alerts.register(h.spec().topic(), h);
    }

    private void stop(String key) {
        SpecHandler h = running.remove(key);
        if (h != null) {
            alerts.deregister(h.spec().topic(), h);
            h.close();
        }
    }

    @Override
    public List<TopicState> topics(AlertLevel minLevel) {
        List<TopicState> out = new ArrayList<>();
        for (String id : alerts.topicIds()) {
            Topic t = alerts.existingTopic(id);
            if (t != null && t.level().compareTo(minLevel) >= 0) {
                out.add(new TopicState(id, t.level(), t.collected()));
            }
        }
        return out;
    }

    @Override
    public Optional<TopicState> topic(String id) {
        Topic t = alerts.existingTopic(id);
        return t == null ? Optional.empty() : Optional.of(new TopicState(id, t.level(), t.collected()));
    }

    @Override
    public void deleteTopic(String id) {
        alerts.deleteTopic(id);
    }

    @Override
    public List<TopicEventState> events(String topic, AlertLevel minLevel) {
        Topic t = alerts.existingTopic(topic);
        if (t == null) {
            throw new IllegalArgumentException("unknown topic " + TopicHandlerSpec.quote(topic));
        }
        List<TopicEventState> out = new ArrayList<>();
        for (EventState s : t.eventStates().values()) {
            if (s.level().compareTo(minLevel) >= 0) {
                out.add(state(s));
            }
        }
        out.sort(Comparator.comparing(TopicEventState::id));
        return out;
    }

    @Override
    public Optional<TopicEventState> event(String topic, String eventId) {
        Topic t = alerts.existingTopic(topic);
        EventState s = t == null ? null : t.eventState(eventId);
        return s == null ? Optional.empty() : Optional.of(state(s));
    }

    private static TopicEventState state(EventState s) {
        return new TopicEventState(s.id(), s.message(), s.details(), s.time(), s.duration(), s.level());
    }

    @Override
    public synchronized List<TopicHandlerSpec> handlers(String topic) {
        List<TopicHandlerSpec> out = new ArrayList<>();
        specs.values().forEach(s -> {
            if (s.topic().equals(topic)) {
                out.add(s);
            }
        });
        out.sort(Comparator.comparing(TopicHandlerSpec::id));
        return out;
    }

    @Override
    public synchronized Optional<TopicHandlerSpec> handler(String topic, String id) {
        return Optional.ofNullable(specs.get(key(topic, id)));
    }

    @Override
    public synchronized void createHandler(TopicHandlerSpec spec) {
        spec.validate();
        String key = key(spec.topic(), spec.id());
        if (specs.containsKey(key)) {
            throw new IllegalArgumentException("cannot register handler, handler with ID "
                    + TopicHandlerSpec.quote(spec.id()) + " already exists");
        }
        SpecHandler h = kinds.make(spec);
        specs.put(key, spec);
        save(() -> specs.remove(key), h);
        start(key, h);
    }

    @Override
    public synchronized void replaceHandler(String id, TopicHandlerSpec spec) {
        spec.validate();
        String oldKey = key(spec.topic(), id);
        TopicHandlerSpec old = specs.get(oldKey);
        if (old == null) {
            throw new IllegalArgumentException("unknown handler: " + TopicHandlerSpec.quote(id));
        }
        String key = key(spec.topic(), spec.id());
        if (!key.equals(oldKey) && specs.containsKey(key)) {
            throw new IllegalArgumentException("cannot register handler, handler with ID "
                    + TopicHandlerSpec.quote(spec.id()) + " already exists");
        }
        SpecHandler h = kinds.make(spec);
        specs.remove(oldKey);
        specs.put(key, spec);
        save(() -> {
            specs.remove(key);
            specs.put(oldKey, old);
        }, h);
        stop(oldKey);
        start(key, h);
    }

    @Override
    public synchronized void deleteHandler(String topic, String id) {
        String key = key(topic, id);
        TopicHandlerSpec old = specs.remove(key);
        if (old != null) {
            save(() -> specs.put(key, old), null);
            stop(key);
        }
    }

    /** Saves the specs; on failure undoes the change, closes the new handler and throws. */
    private void save(Runnable undo, SpecHandler made) {
        try {
            store.save(specs.values());
        } catch (IOException e) {
            undo.run();
            if (made != null) {
                made.close();
            }
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        stopListening.run();
        new ArrayList<>(running.keySet()).forEach(this::stop);
    }
}

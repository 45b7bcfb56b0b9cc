package dev.kapacitor.engine.alert;

import dev.kapacitor.api.alert.AlertEvent;
import dev.kapacitor.api.alert.AlertLevel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A topic: the last state of every alert id published to it, and the handlers that receive its
 * events. Each alert node with handlers has its own anonymous topic ({@code main:<task>:alert2});
 * {@code .topic(name)} publishes to a named one that several tasks may share.
 */
public final class Topic {
    private final String id;
    private final Map<String, EventState> events = new HashMap<>();
    private final List<TopicHandler> handlers = new CopyOnWriteArrayList<>();
    private long collected;
    private boolean dirty;

    Topic(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The last state of an alert id, or null. */
    public synchronized EventState eventState(String eventId) {
        return events.get(eventId);
    }

    public synchronized Map<String, EventState> eventStates() {
        return new HashMap<>(events);
    }

    /** The highest level of its events: the topic's level. */
    public synchronized AlertLevel level() {
        AlertLevel max = AlertLevel.OK;
        for (EventState s : events.values()) {
            if (s.level().compareTo(max) > 0) {
                max = s.level();
            }
        }
        return max;
    }

    /** How many events it received. */
    public synchronized long collected() {
        return collected;
    }

    synchronized void restore(Map<String, EventState> states) {
        events.clear();
        events.putAll(states);
    }

    /** Replaces an event's state without handling an event (a restored state copied between topics). */
    public synchronized void updateEvent(EventState state) {
        events.put(state.id(), state);
        dirty = true;
    }

    public void addHandler(TopicHandler h) {
        handlers.add(h);
    }

    public void removeHandler(TopicHandler h) {
        handlers.remove(h);
    }

    /**
     * Records the event as its id's state and hands it to every handler, with the level of the
     * id's previous event in this topic as {@code previousLevel}.
     *
     * @return false when a handler had to drop it
     */
    public boolean collect(AlertEvent event) {
        AlertLevel previous;
        synchronized (this) {
            EventState old = events.put(event.id(), state(event));
            previous = old == null ? AlertLevel.OK : old.level();
            collected++;
            dirty = true;
        }
        if (handlers.isEmpty()) {
            return true;
        }
        AlertEvent e = event.toBuilder().topic(id).previousLevel(previous).build();
        boolean all = true;
        for (TopicHandler h : handlers) {
            all &= h.handle(e);
        }
        return all;
    }

    private static EventState state(AlertEvent e) {
        return new EventState(e.id(), e.message(), e.details(), Times.nanos(e.time()), e.duration().toNanos(), e.level());
    }

    /** The states to save if they changed since the last call, else null. */
    synchronized Map<String, EventState> takeDirty() {
        if (!dirty) {
            return null;
        }
        dirty = false;
        return new HashMap<>(events);
    }

    @Override
    public String toString() {
        return "Topic[" + id + "]";
    }
}

package dev.kapacitor.engine.alert;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Topic states in memory: they survive a task's restart, not the engine's. */
final class MemoryTopicStore implements TopicStore {
    private final Map<String, Map<String, EventState>> saved = new ConcurrentHashMap<>();

    @Override
    public Map<String, EventState> load(String topic) {
        return Map.copyOf(saved.getOrDefault(topic, Map.of()));
    }

    @Override
    public void save(String topic, Map<String, EventState> states) {
        saved.put(topic, Map.copyOf(states));
    }

    @Override
    public void delete(String topic) {
        saved.remove(topic);
    }

    @Override
    public Iterable<String> topics() {
        return List.copyOf(saved.keySet());
    }
}

package dev.kapacitor.engine.alert;

import java.io.IOException;
import java.util.Map;

/** Where topic states survive a restart. */
interface TopicStore {
    /** The saved states of a topic, empty when none. */
    Map<String, EventState> load(String topic) throws IOException;

    void save(String topic, Map<String, EventState> states) throws IOException;

    void delete(String topic) throws IOException;

    /** The ids of every saved topic. */
    Iterable<String> topics() throws IOException;

    /** A store that keeps states in memory only: tests and engines without a data directory. */
    static TopicStore inMemory() {
        return new MemoryTopicStore();
    }
}

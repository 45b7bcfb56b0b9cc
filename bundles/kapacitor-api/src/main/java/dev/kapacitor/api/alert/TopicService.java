package dev.kapacitor.api.alert;

import java.util.List;
import java.util.Optional;

/**
 * Alert topics as Kapacitor's API shows them: their states and events, and the handlers
 * registered on a topic (topic handlers), which receive every event published to it.
 */
public interface TopicService {
    /** The topics whose level is at least {@code minLevel}, sorted by id. */
    List<TopicState> topics(AlertLevel minLevel);

    Optional<TopicState> topic(String id);

    /** Deletes a topic and its event states; its handlers stay registered. */
    void deleteTopic(String id);

    /**
     * The events of a topic of at least {@code minLevel}, sorted by id.
     *
     * @throws IllegalArgumentException {@code unknown topic "t"}
     */
    List<TopicEventState> events(String topic, AlertLevel minLevel);

    Optional<TopicEventState> event(String topic, String eventId);

    /** The handlers of a topic, sorted by id. */
    List<TopicHandlerSpec> handlers(String topic);

    Optional<TopicHandlerSpec> handler(String topic, String id);

    /**
     * Registers, persists and starts a handler.
     *
     * @throws IllegalArgumentException when the spec is invalid, its id exists, or its handler cannot be made
     */
    void createHandler(TopicHandlerSpec spec);

    /**
     * Replaces the handler {@code id} of the spec's topic by the spec (which may change the id).
     *
     * @throws IllegalArgumentException as {@link #createHandler}
     */
    void replaceHandler(String id, TopicHandlerSpec spec);

    /** Stops and forgets a handler; nothing when there is none. */
    void deleteHandler(String topic, String id);
}

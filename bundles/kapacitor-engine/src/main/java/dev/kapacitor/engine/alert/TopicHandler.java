package dev.kapacitor.engine.alert;

import dev.kapacitor.api.alert.AlertEvent;

/** Something a topic hands its events to: an alert node's handler, later a topic handler of the API. */
public interface TopicHandler {
    /** Takes the event without waiting; false when it had to drop it. */
    boolean handle(AlertEvent event);
}

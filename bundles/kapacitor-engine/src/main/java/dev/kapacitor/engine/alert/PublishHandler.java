package dev.kapacitor.engine.alert;

import dev.kapacitor.api.alert.AlertEvent;
import java.util.List;

/** The {@code publish} topic handler: hands each event to other topics as if published there. */
record PublishHandler(AlertService alerts, List<String> topics) implements TopicHandler {
    PublishHandler {
        topics = List.copyOf(topics);
    }

    @Override
    public boolean handle(AlertEvent event) {
        boolean all = true;
        for (String t : topics) {
            all &= alerts.topic(t).collect(event);
        }
        return all;
    }
}

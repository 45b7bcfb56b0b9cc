package dev.kapacitor.http;

import dev.kapacitor.api.alert.AlertEvent;
import dev.kapacitor.api.alert.AlertLevel;
import dev.kapacitor.api.alert.support.AlertJson;
import dev.kapacitor.engine.alert.AlertService;
import dev.kapacitor.engine.alert.HandlerCatalog;
import dev.kapacitor.engine.alert.TopicHandlers;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/** The engine's real topics and topic handlers, in memory, for the topics API. */
final class TopicsFixture implements AutoCloseable {
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    final AlertService alerts = AlertService.inMemory(HandlerCatalog.withBuiltIns(), timer);
    final TopicHandlers topics;

    TopicsFixture() throws IOException {
        topics = TopicHandlers.open(alerts, null);
    }

    /** An event whose details need HTML escaping and whose duration is 1m30s. */
    void publish(String topic, String id, AlertLevel level, long seconds) {
        alerts.topic(topic).collect(AlertEvent.builder().id(id).message(id + " is " + level).details("<b>")
                .time(Instant.ofEpochSecond(seconds)).level(level).duration(Duration.ofSeconds(90))
                .jsonEncoder(AlertJson::encode).build());
    }

    @Override
    public void close() {
        topics.close();
        alerts.close();
        timer.shutdownNow();
    }
}

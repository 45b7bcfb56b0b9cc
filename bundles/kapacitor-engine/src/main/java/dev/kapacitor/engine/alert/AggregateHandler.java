package dev.kapacitor.engine.alert;

import dev.kapacitor.api.alert.support.AlertJson;
import dev.kapacitor.api.alert.AlertEvent;
import dev.kapacitor.api.alert.AlertLevel;
import dev.kapacitor.api.gofmt.GoDuration;
import dev.kapacitor.api.model.Row;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The {@code aggregate} topic handler: every interval (wall clock, as Kapacitor's ticker), the
 * events received meanwhile become one event published to another topic, with the handler's id,
 * the highest level, latest time and longest duration, their messages as details and their data.
 */
final class AggregateHandler implements TopicHandler, AutoCloseable {
    static final String DEFAULT_MESSAGE = "Received {{ .Count }} events in the last {{.Interval}}.";
    private static final Pattern COUNT = Pattern.compile("\\{\\{\\s*\\.Count\\s*}}");
    private static final Pattern INTERVAL = Pattern.compile("\\{\\{\\s*\\.Interval\\s*}}");
    private static final String COUNT_MARK = "\u0000C";
    private static final String INTERVAL_MARK = "\u0000I";

    private final AlertService alerts;
    private final String id;
    private final String topic;
    private final String message;
    private final ScheduledFuture<?> ticker;
    private List<AlertEvent> events = new ArrayList<>();

    /** @throws IllegalArgumentException a non-positive interval or a message template it cannot render */
    AggregateHandler(AlertService alerts, String id, Duration interval, String topic, String message) {
        if (interval.isZero() || interval.isNegative()) {
            throw new IllegalArgumentException("aggregate interval must be positive, got " + interval);
        }
        this.alerts = alerts;
        this.id = id;
        this.topic = topic;
        this.message = template(message, GoDuration.string(interval.toNanos()));
        long nanos = interval.toNanos();
        this.ticker = alerts.timer().scheduleAtFixedRate(this::tick, nanos, nanos, TimeUnit.NANOSECONDS);
    }

    /** Only {{.Count}} and {{.Interval}} are data of an aggregate message; the interval is known now. */
    private static String template(String message, String interval) {
        String m = INTERVAL.matcher(COUNT.matcher(message).replaceAll(COUNT_MARK)).replaceAll(INTERVAL_MARK);
        if (m.contains("{{")) {
            throw new IllegalArgumentException("unsupported aggregate message template: " + message);
        }
        return m.replace(INTERVAL_MARK, interval);
    }

    @Override
    public synchronized boolean handle(AlertEvent event) {
        events.add(event);
        return true;
    }

    void tick() {
        List<AlertEvent> batch;
        synchronized (this) {
            if (events.isEmpty()) {
                return;
            }
            batch = events;
            events = new ArrayList<>();
        }
        alerts.topic(topic).collect(aggregate(batch));
    }

    private AlertEvent aggregate(List<AlertEvent> batch) {
        AlertLevel level = AlertLevel.OK;
        Instant time = Instant.EPOCH;
        Duration duration = Duration.ZERO;
        StringBuilder details = new StringBuilder();
        List<Row> data = new ArrayList<>();
        for (AlertEvent e : batch) {
            level = e.level().compareTo(level) > 0 ? e.level() : level;
            time = e.time().isAfter(time) ? e.time() : time;
            duration = e.duration().compareTo(duration) > 0 ? e.duration() : duration;
            if (!details.isEmpty()) {
                details.append('\n');
            }
            details.append(e.message());
            data.addAll(e.data());
        }
        return AlertEvent.builder().topic(topic).id(id).message(message.replace(COUNT_MARK, Integer.toString(batch.size())))
                .details(details.toString()).time(time).duration(duration).level(level).data(data)
                .jsonEncoder(AlertJson::encode).build();
    }

    @Override
    public void close() {
        ticker.cancel(false);
    }
}

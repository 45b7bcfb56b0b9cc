package dev.kapacitor.api.alert;

import dev.kapacitor.api.model.Row;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * One alert event as a handler receives it: Kapacitor's alert data ({@code id, message, details,
 * time, duration, level, data, previousLevel, recoverable}), plus what handler templates may use
 * (task, measurement, group, tags and fields of the alerting point). Immutable.
 *
 * <p>{@link #json()} is the event exactly as Kapacitor 1.5 writes it for the post, log, tcp and
 * exec handlers, without a trailing newline:
 * <pre>{@code
 * {"id":"cpu:nil","message":"cpu:nil is CRITICAL","details":"...","time":"2020-01-01T00:00:00Z",
 *  "duration":0,"level":"CRITICAL","data":{"series":[{"name":"cpu","columns":["time","v"],
 *  "values":[["2020-01-01T00:00:00Z",95]]}]},"previousLevel":"OK","recoverable":true}
 * }</pre>
 */
public final class AlertEvent {
    private final String topic;
    private final String id;
    private final String message;
    private final String details;
    private final Instant time;
    private final Duration duration;
    private final AlertLevel level;
    private final AlertLevel previousLevel;
    private final boolean recoverable;
    private final String taskName;
    private final String name;
    private final String group;
    private final Map<String, String> tags;
    private final Map<String, Object> fields;
    private final List<Row> data;
    private final Function<AlertEvent, String> encoder;
    private volatile String json;

    private AlertEvent(Builder b) {
        this.topic = b.topic;
        this.id = Objects.requireNonNull(b.id, "id");
        this.message = b.message;
        this.details = b.details;
        this.time = Objects.requireNonNull(b.time, "time");
        this.duration = b.duration;
        this.level = Objects.requireNonNull(b.level, "level");
        this.previousLevel = b.previousLevel;
        this.recoverable = b.recoverable;
        this.taskName = b.taskName;
        this.name = b.name;
        this.group = b.group;
        this.tags = Map.copyOf(b.tags);
        this.fields = Map.copyOf(b.fields);
        this.data = List.copyOf(b.data);
        this.encoder = Objects.requireNonNull(b.encoder, "json encoder");
        this.json = b.json;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this event's values, to derive another event from it. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.topic = topic;
        b.id = id;
        b.message = message;
        b.details = details;
        b.time = time;
        b.duration = duration;
        b.level = level;
        b.previousLevel = previousLevel;
        b.recoverable = recoverable;
        b.taskName = taskName;
        b.name = name;
        b.group = group;
        b.tags = tags;
        b.fields = fields;
        b.data = data;
        b.encoder = encoder;
        return b;
    }

    /** The topic the event was published to ({@code main:<task>:alert2} for the node's own handlers). */
    public String topic() {
        return topic;
    }

    public String id() {
        return id;
    }

    public String message() {
        return message;
    }

    /** The details template's output (HTML-escaped where it inserted values). */
    public String details() {
        return details;
    }

    /** The time of the alerting point (or batch). */
    public Instant time() {
        return time;
    }

    /** How long the alert has been in a non-OK state. */
    public Duration duration() {
        return duration;
    }

    public AlertLevel level() {
        return level;
    }

    /** The level of the previous event of the same id sent to the same topic; OK for the first. */
    public AlertLevel previousLevel() {
        return previousLevel;
    }

    /** False when the alert node suppresses recoveries ({@code .noRecoveries()}). */
    public boolean recoverable() {
        return recoverable;
    }

    public String taskName() {
        return taskName;
    }

    /** The measurement name. */
    public String name() {
        return name;
    }

    /** The group as Kapacitor's templates show it: {@code host=a,dc=x}, or {@code nil}. */
    public String group() {
        return group;
    }

    public Map<String, String> tags() {
        return tags;
    }

    public Map<String, Object> fields() {
        return fields;
    }

    /** The alerting point or batch as result series (one row). */
    public List<Row> data() {
        return data;
    }

    /** Kapacitor's alert data JSON, built once, on first use. */
    public String json() {
        String s = json;
        if (s == null) {
            s = encoder.apply(this);
            json = s;
        }
        return s;
    }

    @Override
    public String toString() {
        return "AlertEvent[" + topic + " " + id + " " + level + " (was " + previousLevel + ") at " + time + "]";
    }

    /** Builds an event; id, time, level and a JSON encoder (or the JSON itself) are required. */
    public static final class Builder {
        private String topic = "";
        private String id;
        private String message = "";
        private String details = "";
        private Instant time;
        private Duration duration = Duration.ZERO;
        private AlertLevel level;
        private AlertLevel previousLevel = AlertLevel.OK;
        private boolean recoverable = true;
        private String taskName = "";
        private String name = "";
        private String group = "nil";
        private Map<String, String> tags = Map.of();
        private Map<String, Object> fields = Map.of();
        private List<Row> data = List.of();
        private Function<AlertEvent, String> encoder;
        private String json;

        private Builder() {
        }

        public Builder topic(String v) {
            topic = v;
            return this;
        }

        public Builder id(String v) {
            id = v;
            return this;
        }

        public Builder message(String v) {
            message = v;
            return this;
        }

        public Builder details(String v) {
            details = v;
            return this;
        }

        public Builder time(Instant v) {
            time = v;
            return this;
        }

        public Builder duration(Duration v) {
            duration = v;
            return this;
        }

        public Builder level(AlertLevel v) {
            level = v;
            return this;
        }

        public Builder previousLevel(AlertLevel v) {
            previousLevel = v;
            return this;
        }

        public Builder recoverable(boolean v) {
            recoverable = v;
            return this;
        }

        public Builder taskName(String v) {
            taskName = v;
            return this;
        }

        public Builder name(String v) {
            name = v;
            return this;
        }

        public Builder group(String v) {
            group = v;
            return this;
        }

        public Builder tags(Map<String, String> v) {
            tags = v;
            return this;
        }

        public Builder fields(Map<String, Object> v) {
            fields = v;
            return this;
        }

        public Builder data(List<Row> v) {
            data = v;
            return this;
        }

        /** How {@link AlertEvent#json()} is computed from the event, lazily and once. */
        public Builder jsonEncoder(Function<AlertEvent, String> v) {
            encoder = v;
            return this;
        }

        /** The JSON text itself (tests, replays). */
        public Builder json(String v) {
            json = v;
            encoder = e -> v;
            return this;
        }

        public AlertEvent build() {
            return new AlertEvent(this);
        }
    }
}

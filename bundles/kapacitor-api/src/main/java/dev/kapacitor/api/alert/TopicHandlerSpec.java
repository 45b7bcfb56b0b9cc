package dev.kapacitor.api.alert;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A topic handler as the API defines it: {@code kind} names the handler ({@code slack},
 * {@code smtp}, {@code aggregate}, ...), {@code options} are its JSON options (kebab-case keys)
 * and {@code match} an optional lambda expression choosing the events it handles.
 */
public record TopicHandlerSpec(String id, String topic, String kind, Map<String, Object> options, String match) {
    private static final Pattern HANDLER_ID = Pattern.compile("^[-._\\p{L}0-9]+$");
    private static final Pattern TOPIC_ID = Pattern.compile("^[-:._\\p{L}0-9]+$");

    public TopicHandlerSpec {
        id = id == null ? "" : id;
        topic = topic == null ? "" : topic;
        kind = kind == null ? "" : kind;
        // JSON options may hold nulls, which Map.copyOf refuses
        options = options == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(options));
        match = match == null ? "" : match;
    }

    /**
     * Checks the ids and kind as Kapacitor does.
     *
     * @throws IllegalArgumentException Kapacitor's message
     */
    public void validate() {
        if (!TOPIC_ID.matcher(topic).matches()) {
            throw new IllegalArgumentException("handler topic must contain only letters, numbers, '-', '.' and '_'. "
                    + quote(id));
        }
        if (!HANDLER_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("handler ID must contain only letters, numbers, '-', '.' and '_'. "
                    + quote(id));
        }
        if (kind.isEmpty()) {
            throw new IllegalArgumentException("handler Kind must not be empty");
        }
    }

    /** As Go's %q for the plain ids Kapacitor shows. */
    public static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}

package dev.kapacitor.api.alert;

/** The last event of one alert id in a topic; time in Unix nanoseconds, duration in nanoseconds. */
public record TopicEventState(String id, String message, String details, long time, long duration,
                              AlertLevel level) {
}

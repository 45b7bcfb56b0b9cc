package dev.kapacitor.api.alert;

/** A topic: its level (the highest of its events) and how many events it collected. */
public record TopicState(String id, AlertLevel level, long collected) {
}

package dev.kapacitor.engine.alert;

import dev.kapacitor.api.alert.AlertLevel;

/** The last event of one alert id in a topic: what a restart restores and the topics API shows. */
public record EventState(String id, String message, String details, long time, long duration, AlertLevel level) {
}

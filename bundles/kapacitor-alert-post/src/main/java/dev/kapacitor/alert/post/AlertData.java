package dev.kapacitor.alert.post;

import dev.kapacitor.api.alert.AlertEvent;
import dev.kapacitor.gotemplate.DataType;

/**
 * The Go type an endpoint's alert-template reads: Kapacitor's {@code alert.AlertData}. Its
 * {@code .Data} (the alert's rows) is not offered yet.
 */
final class AlertData {
    static final DataType TYPE = DataType.struct("alert.AlertData", AlertEvent.class)
            .field("ID", DataType.STRING, AlertEvent::id)
            .field("Message", DataType.STRING, AlertEvent::message)
            .field("Details", DataType.STRING, AlertEvent::details)
            .field("Time", DataType.TIME, AlertEvent::time)
            .field("Duration", DataType.DURATION, AlertEvent::duration)
            // alert.Level prints through its String method: OK, INFO, WARNING, CRITICAL
            .field("Level", DataType.STRING, e -> e.level().toString())
            .build();

    private AlertData() {
    }
}

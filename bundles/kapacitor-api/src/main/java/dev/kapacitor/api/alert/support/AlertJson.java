package dev.kapacitor.api.alert.support;

import dev.kapacitor.api.alert.AlertEvent;
import dev.kapacitor.api.gofmt.GoJson;
import dev.kapacitor.api.gofmt.GoTime;
import dev.kapacitor.api.model.Row;
import java.util.List;

/**
 * Kapacitor's {@code alert.Data} JSON, as its handlers write it (field order, Go formats): the
 * encoder of the engine's events, and of integrations' test alerts.
 */
public final class AlertJson {
    private AlertJson() {
    }

    public static String encode(AlertEvent e) {
        StringBuilder sb = new StringBuilder(256);
        sb.append("{\"id\":");
        GoJson.string(sb, e.id());
        sb.append(",\"message\":");
        GoJson.string(sb, e.message());
        sb.append(",\"details\":");
        GoJson.string(sb, e.details());
        sb.append(",\"time\":\"");
        GoTime.append(sb, e.time().getEpochSecond() * 1_000_000_000L + e.time().getNano());
        sb.append("\",\"duration\":").append(e.duration().toNanos());
        sb.append(",\"level\":\"").append(e.level().name());
        sb.append("\",\"data\":{\"series\":");
        series(sb, e.data());
        sb.append("},\"previousLevel\":\"").append(e.previousLevel().name());
        sb.append("\",\"recoverable\":").append(e.recoverable()).append('}');
        return sb.toString();
    }

    private static void series(StringBuilder sb, List<Row> rows) {
        if (rows.isEmpty()) {
            sb.append("null");
            return;
        }
        sb.append('[');
        for (int i = 0; i < rows.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            GoJson.row(sb, rows.get(i));
        }
        sb.append(']');
    }
}

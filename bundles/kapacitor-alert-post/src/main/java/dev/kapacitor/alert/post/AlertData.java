package dev.kapacitor.alert.post;

import dev.kapacitor.api.alert.AlertEvent;
import dev.kapacitor.api.gofmt.GoJson;
import dev.kapacitor.api.model.Row;
import dev.kapacitor.gotemplate.DataType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Go types an endpoint's templates read: Kapacitor's {@code alert.AlertData} for the alert
 * template, whose {@code .Data} is the alert's {@code models.Result} of {@code models.Row}s, and
 * its {@code mappedRow} for the row template of {@code |httpPost()}.
 */
final class AlertData {
    /** models.Row; time values are time.Time in Go, so {@code {{.}}} prints them as Go does. */
    static final DataType ROW = DataType.struct("models.Row", Row.class)
            .field("Name", DataType.STRING, Row::name)
            .field("Tags", DataType.mapOf(DataType.STRING), r -> r.tags() == null ? Map.of() : r.tags())
            .field("Columns", DataType.sliceOf(DataType.STRING), r -> r.columns() == null ? List.of() : r.columns())
            .field("Values", DataType.sliceOf(DataType.sliceOf(DataType.ANY)), AlertData::values)
            .json(AlertData::json)
            .build();

    static final DataType RESULT = DataType.struct("models.Result", List.class)
            .field("Series", DataType.sliceOf(ROW), series -> series)
            .json(series -> series.isEmpty() ? "{\"series\":null}" : GoJson.result(rowsOf(series)).strip())
            .build();

    static final DataType TYPE = DataType.struct("alert.AlertData", AlertEvent.class)
            .field("ID", DataType.STRING, AlertEvent::id)
            .field("Message", DataType.STRING, AlertEvent::message)
            .field("Details", DataType.STRING, AlertEvent::details)
            .field("Time", DataType.TIME, AlertEvent::time)
            .field("Duration", DataType.DURATION, AlertEvent::duration)
            // alert.Level prints through its String method: OK, INFO, WARNING, CRITICAL
            .field("Level", DataType.STRING, e -> e.level().toString())
            .field("Data", RESULT, AlertEvent::data)
            .field("PreviousLevel", DataType.STRING, e -> e.previousLevel().toString())
            .field("Recoverable", DataType.BOOL, AlertEvent::recoverable)
            // the alert JSON the handler posts is alert.AlertData's encoding/json output
            .json(AlertEvent::json)
            .build();

    /** Kapacitor's mappedRow, what an endpoint's row-template reads: each value row as a column map. */
    static final DataType MAPPED_ROW = DataType.struct("kapacitor.mappedRow", Row.class)
            .field("Name", DataType.STRING, Row::name)
            .field("Tags", DataType.mapOf(DataType.STRING), r -> r.tags() == null ? Map.of() : r.tags())
            .field("Values", DataType.sliceOf(DataType.mapOf(DataType.ANY)), AlertData::mappedValues)
            .build();

    private AlertData() {
    }

    /** models.Row's json tags: empty parts left out. */
    private static String json(Row r) {
        StringBuilder sb = new StringBuilder(128);
        GoJson.row(sb, r);
        return sb.toString();
    }

    @SuppressWarnings("unchecked")
    private static List<Row> rowsOf(List<?> series) {
        return (List<Row>) series;
    }

    private static List<Map<String, Object>> mappedValues(Row r) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (List<Object> v : values(r)) {
            Map<String, Object> m = new HashMap<>(2 * v.size());
            for (int c = 0; c < v.size(); c++) {
                m.put(r.columns().get(c), v.get(c));
            }
            out.add(m);
        }
        return out;
    }

    /** The rows' values with the time column as an instant (rows carry it as RFC 3339 text). */
    private static List<List<Object>> values(Row r) {
        if (r.values() == null) {
            return List.of();
        }
        int time = r.columns() == null ? -1 : r.columns().indexOf("time");
        if (time < 0) {
            return r.values();
        }
        List<List<Object>> out = new ArrayList<>(r.values().size());
        for (List<Object> v : r.values()) {
            List<Object> copy = new ArrayList<>(v);
            if (copy.get(time) instanceof String s) {
                copy.set(time, Instant.parse(s));
            }
            out.add(copy);
        }
        return out;
    }
}

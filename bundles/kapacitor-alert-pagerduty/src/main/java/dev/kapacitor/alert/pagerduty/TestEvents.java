package dev.kapacitor.alert.pagerduty;

import dev.kapacitor.api.alert.AlertEvent;
import dev.kapacitor.api.alert.AlertLevel;
import dev.kapacitor.api.alert.ServiceTest;
import dev.kapacitor.api.gofmt.GoJson;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The events the "pagerduty" and "pagerduty2" service tests send, built from Kapacitor's
 * testOptions so the test goes through the alert handlers' own code.
 */
final class TestEvents {
    /** Kapacitor's default pagerduty2 test timestamp. */
    static final String TIMESTAMP = "2014-11-12T11:45:26.371Z";

    private TestEvents() {
    }

    static Map<String, Object> pagerDutyOptions() {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("incident-key", "testIncidentKey");
        o.put("description", "test pagerduty message");
        o.put("details", "");
        o.put("level", AlertLevel.CRITICAL.name());
        return o;
    }

    static AlertEvent pagerDuty(Map<String, Object> o) {
        return AlertEvent.builder().id(ServiceTest.string(o, "incident-key"))
                .message(ServiceTest.string(o, "description")).details(ServiceTest.string(o, "details"))
                .level(AlertLevel.parse(ServiceTest.string(o, "level"))).time(Instant.EPOCH).json("{}").build();
    }

    /** Kapacitor's alert.EventData of the test: Go field names, struct order. */
    static Map<String, Object> pagerDuty2Options() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("Name", "testPagerDuty2");
        data.put("TaskName", "");
        data.put("Category", "");
        data.put("Group", "");
        data.put("Tags", new LinkedHashMap<>());
        data.put("Fields", new LinkedHashMap<>());
        data.put("Recoverable", false);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("series", null);
        data.put("Result", result);
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("alert_id", "testAlertID");
        o.put("description", "test pagerduty2 message");
        o.put("level", AlertLevel.CRITICAL.name());
        o.put("event_data", data);
        o.put("timestamp", TIMESTAMP);
        return o;
    }

    static AlertEvent pagerDuty2(Map<String, Object> o) {
        Map<?, ?> data = o.get("event_data") instanceof Map<?, ?> m ? m : Map.of();
        Map<String, String> tags = new LinkedHashMap<>();
        if (data.get("Tags") instanceof Map<?, ?> t) {
            t.forEach((k, v) -> tags.put(String.valueOf(k), String.valueOf(v)));
        }
        StringBuilder json = new StringBuilder("{\"data\":");
        write(json, data.containsKey("Result") ? data.get("Result") : Map.of());
        return AlertEvent.builder().id(ServiceTest.string(o, "alert_id"))
                .message(ServiceTest.string(o, "description")).level(AlertLevel.parse(ServiceTest.string(o, "level")))
                .time(Instant.parse(ServiceTest.string(o, "timestamp")))
                .taskName(data.get("TaskName") == null ? "" : data.get("TaskName").toString()).tags(tags)
                .json(json.append('}').toString()).build();
    }

    /** JSON of decoded options, maps in their order (the posted one, or Go's struct order). */
    private static void write(StringBuilder b, Object v) {
        if (v instanceof Map<?, ?> m) {
            b.append('{');
            String sep = "";
            for (Map.Entry<?, ?> e : m.entrySet()) {
                GoJson.string(b.append(sep), String.valueOf(e.getKey())).append(':');
                write(b, e.getValue());
                sep = ",";
            }
            b.append('}');
        } else if (v instanceof List<?> l) {
            b.append('[');
            String sep = "";
            for (Object x : l) {
                write(b.append(sep), x);
                sep = ",";
            }
            b.append(']');
        } else {
            GoJson.value(b, v);
        }
    }
}

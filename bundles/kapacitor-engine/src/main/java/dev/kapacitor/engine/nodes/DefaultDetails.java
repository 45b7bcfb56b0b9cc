package dev.kapacitor.engine.nodes;

import dev.kapacitor.api.gofmt.GoJson;
import dev.kapacitor.api.gofmt.GoTime;
import dev.kapacitor.api.model.Fields;
import dev.kapacitor.api.model.Tags;
import dev.kapacitor.gotemplate.GoTemplate;

/**
 * Kapacitor's default details, {@code {{ json . }}} in html/template over the details data,
 * written straight from the alert's data: the same text as the template (AlertTemplatesTest
 * holds the two together), without building the template's data, boxing the fields or walking
 * the struct. One instance per alert node: it reuses its buffer, so only the task thread may
 * call it.
 */
final class DefaultDetails {
    private final StringBuilder json = new StringBuilder(512);
    private final String serverInfo;

    DefaultDetails(AlertTemplates.ServerInfo server) {
        StringBuilder sb = new StringBuilder(",\"ServerInfo\":{\"Hostname\":");
        GoJson.string(sb, server.hostname()).append(",\"ClusterID\":");
        GoJson.string(sb, server.clusterId()).append(",\"ServerID\":");
        GoJson.string(sb, server.serverId()).append('}');
        this.serverInfo = sb.toString();
    }

    /** The details; "" when a field is NaN or infinite, where Go's encoder fails and json() writes nothing. */
    String render(String name, String taskName, String group, Tags tags, String id, Fields fields, String level,
                  long time, long duration, String message) {
        StringBuilder sb = json;
        sb.setLength(0);
        sb.append("{\"Name\":");
        GoJson.string(sb, name).append(",\"TaskName\":");
        GoJson.string(sb, taskName).append(",\"Group\":");
        GoJson.string(sb, group).append(",\"Tags\":");
        tags(sb, tags);
        sb.append(serverInfo).append(",\"ID\":");
        GoJson.string(sb, id).append(",\"Fields\":");
        if (!fields(sb, fields)) {
            return "";
        }
        sb.append(",\"Level\":");
        GoJson.string(sb, level).append(",\"Time\":\"");
        GoTime.append(sb, time);
        sb.append("\",\"Duration\":").append(duration).append(",\"Message\":");
        GoJson.string(sb, message).append("}\n");
        StringBuilder out = new StringBuilder(sb.length() + sb.length() / 2);
        GoTemplate.escapeHtml(out, sb);
        return out.toString();
    }

    /** Tags and fields are held sorted by key, the order Go writes a map in. */
    private static void tags(StringBuilder sb, Tags tags) {
        sb.append('{');
        for (int i = 0; i < tags.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            GoJson.string(sb, tags.keyAt(i)).append(':');
            GoJson.string(sb, tags.valueAt(i));
        }
        sb.append('}');
    }

    /** @return false at a NaN or infinity */
    private static boolean fields(StringBuilder sb, Fields fields) {
        sb.append('{');
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            GoJson.string(sb, fields.keyAt(i)).append(':');
            switch (fields.typeAt(i)) {
                case FLOAT -> {
                    double d = fields.doubleAt(i);
                    if (Double.isNaN(d) || Double.isInfinite(d)) {
                        return false;
                    }
                    GoJson.number(sb, d);
                }
                case INTEGER -> sb.append(fields.longAt(i));
                case BOOLEAN -> sb.append(fields.booleanAt(i));
                case STRING -> GoJson.string(sb, fields.stringAt(i));
                default -> sb.append("null");
            }
        }
        sb.append('}');
        return true;
    }
}

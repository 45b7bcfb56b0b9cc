package dev.kapacitor.engine.nodes;

import dev.kapacitor.api.gofmt.GoJson;
import dev.kapacitor.api.gofmt.GoTime;
import dev.kapacitor.api.model.Fields;
import dev.kapacitor.api.model.Tags;
import dev.kapacitor.gotemplate.GoTemplate;

/**
 * Kapacitor's default details, {@code {{ json . }}} in html/template over the details data,
 * written straight from the alert's data: the same text as the template (AlertTemplatesTest
 * holds the two together), without building the template's data, boxing the fields, walking
 * the struct or escaping the whole JSON a second time. The JSON's own punctuation is written
 * already escaped; a value is escaped only when it holds something to escape. One instance per
 * alert node: it reuses a buffer, so only the task thread may call it.
 */
final class DefaultDetails {
    private static final String QUOTE = escaped("\"");
    private static final String NAME = escaped("{\"Name\":");
    private static final String TASK_NAME = escaped(",\"TaskName\":");
    private static final String GROUP = escaped(",\"Group\":");
    private static final String TAGS = escaped(",\"Tags\":{");
    private static final String ID = escaped(",\"ID\":");
    private static final String FIELDS = escaped(",\"Fields\":{");
    private static final String LEVEL = escaped(",\"Level\":");
    private static final String TIME = escaped(",\"Time\":\"");
    private static final String DURATION = escaped("\",\"Duration\":");
    private static final String MESSAGE = escaped(",\"Message\":");

    /** {@code }},"ServerInfo":{...}}: the same for every event. */
    private final String serverInfo;
    private final StringBuilder scratch = new StringBuilder(64);
    private int lastLength = 256;

    DefaultDetails(AlertTemplates.ServerInfo server) {
        StringBuilder sb = new StringBuilder("},\"ServerInfo\":{\"Hostname\":");
        GoJson.string(sb, server.hostname()).append(",\"ClusterID\":");
        GoJson.string(sb, server.clusterId()).append(",\"ServerID\":");
        GoJson.string(sb, server.serverId()).append('}');
        this.serverInfo = escaped(sb);
    }

    private static String escaped(CharSequence json) {
        StringBuilder sb = new StringBuilder();
        GoTemplate.escapeHtml(sb, json);
        return sb.toString();
    }

    /** The details; "" when a field is NaN or infinite, where Go's encoder fails and json() writes nothing. */
    String render(String name, String taskName, String group, Tags tags, String id, Fields fields, String level,
                  long time, long duration, String message) {
        StringBuilder out = new StringBuilder(lastLength + 16);
        out.append(NAME);
        string(out, name);
        out.append(TASK_NAME);
        string(out, taskName);
        out.append(GROUP);
        string(out, group);
        out.append(TAGS);
        tags(out, tags);
        out.append(serverInfo).append(ID);
        string(out, id);
        out.append(FIELDS);
        if (!fields(out, fields)) {
            return "";
        }
        out.append(LEVEL);
        string(out, level);
        out.append(TIME);
        GoTime.append(out, time);
        out.append(DURATION).append(duration).append(MESSAGE);
        string(out, message);
        out.append("}\n");
        lastLength = out.length();
        return out.toString();
    }

    /** Tags and fields are held sorted by key, the order Go writes a map in. */
    private void tags(StringBuilder out, Tags tags) {
        for (int i = 0; i < tags.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            string(out, tags.keyAt(i));
            out.append(':');
            string(out, tags.valueAt(i));
        }
    }

    /** Closes the object on success; false at a NaN or infinity. */
    private boolean fields(StringBuilder out, Fields fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            string(out, fields.keyAt(i));
            out.append(':');
            switch (fields.typeAt(i)) {
                case FLOAT -> {
                    double d = fields.doubleAt(i);
                    if (Double.isNaN(d) || Double.isInfinite(d)) {
                        return false;
                    }
                    number(out, GoJson.number(d));
                }
                case INTEGER -> out.append(fields.longAt(i));
                case BOOLEAN -> out.append(fields.booleanAt(i));
                case STRING -> string(out, fields.stringAt(i));
                default -> out.append("null");
            }
        }
        out.append('}');
        return true;
    }

    /** Go writes large and tiny floats with an exponent, whose {@code +} html/template escapes. */
    private static void number(StringBuilder out, String n) {
        if (n.indexOf('+') < 0) {
            out.append(n);
        } else {
            GoTemplate.escapeHtml(out, n);
        }
    }

    /** A JSON string, escaped: most need neither JSON's nor HTML's escapes and are copied whole. */
    private void string(StringBuilder out, String s) {
        if (plain(s)) {
            out.append(QUOTE).append(s).append(QUOTE);
            return;
        }
        scratch.setLength(0);
        GoJson.string(scratch, s);
        GoTemplate.escapeHtml(out, scratch);
    }

    /** Printable ASCII that neither encoding/json nor html/template escapes. */
    private static boolean plain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c >= 0x7f || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' || c == '\''
                    || c == '+') {
                return false;
            }
        }
        return true;
    }
}

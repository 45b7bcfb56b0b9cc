package dev.kapacitor.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kapacitor.api.task.Dbrp;
import dev.kapacitor.api.task.TaskDefinition;
import dev.kapacitor.api.task.TaskStatus;
import dev.kapacitor.api.task.TaskType;
import dev.kapacitor.api.task.TaskVar;
import dev.kapacitor.http.json.GoJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads the body of POST /tasks and PATCH /tasks/<id> (client.CreateTaskOptions and
 * UpdateTaskOptions). Anything Go's decoder would refuse (wrong JSON types, an unknown type,
 * status or var type) is "invalid JSON", as Kapacitor answers. On a patch, empty values mean
 * "unchanged", so they become null. The optional {@code group-idle-ttl} (a Go duration, this
 * server's addition; Kapacitor and its clients ignore unknown members) sets the task's own
 * group-idle-ttl; on a patch, "" drops it and absence leaves it unchanged.
 */
final class TaskRequest {
    static final String GROUP_IDLE_TTL = "group-idle-ttl";

    private TaskRequest() {
    }

    static TaskDefinition create(byte[] body) {
        JsonNode n = parse(body);
        String id = text(n, "id");
        String templateId = emptyToNull(text(n, "template-id"));
        String script = text(n, "script");
        TaskType type = type(n);
        TaskStatus status = status(n);
        List<Dbrp> dbrps = dbrps(n.get("dbrps"));
        Map<String, TaskVar> vars = vars(n.get("vars"));
        if (templateId == null && isEmpty(script)) {
            throw new ApiException(400, "must provide TICKscript");
        }
        return new TaskDefinition(isEmpty(id) ? UUID.randomUUID().toString() : id, templateId, type,
                dbrps == null ? List.of() : dbrps, script,
                status == null ? TaskStatus.DISABLED : status, vars == null ? Map.of() : vars,
                emptyToNull(text(n, GROUP_IDLE_TTL)));
    }

    static TaskDefinition patch(byte[] body) {
        JsonNode n = parse(body);
        List<Dbrp> dbrps = dbrps(n.get("dbrps"));
        Map<String, TaskVar> vars = vars(n.get("vars"));
        return new TaskDefinition(emptyToNull(text(n, "id")), emptyToNull(text(n, "template-id")),
                type(n), dbrps == null || dbrps.isEmpty() ? null : dbrps,
                emptyToNull(text(n, "script")), status(n),
                vars == null || vars.isEmpty() ? null : vars, text(n, GROUP_IDLE_TTL));
    }

    private static JsonNode parse(byte[] body) {
        JsonNode n;
        try {
            n = GoJson.read(body);
        } catch (IOException e) {
            throw ApiException.invalidJson();
        }
        if (n == null || n.isMissingNode()) {
            throw ApiException.invalidJson(); // an empty body
        }
        if (n.isNull()) {
            return GoJson.object(); // Go decodes a JSON null into an empty options struct
        }
        if (!n.isObject()) {
            throw ApiException.invalidJson();
        }
        return n;
    }

    private static TaskType type(JsonNode n) {
        String t = text(n, "type");
        if (t == null || t.equals("invalid")) {
            return null;
        }
        return switch (t) {
            case "stream" -> TaskType.STREAM;
            case "batch" -> TaskType.BATCH;
            default -> throw ApiException.invalidJson();
        };
    }

    private static TaskStatus status(JsonNode n) {
        String s = text(n, "status");
        if (s == null) {
            return null;
        }
        return switch (s) {
            case "enabled" -> TaskStatus.ENABLED;
            case "disabled" -> TaskStatus.DISABLED;
            default -> throw ApiException.invalidJson();
        };
    }

    private static List<Dbrp> dbrps(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isArray()) {
            throw ApiException.invalidJson();
        }
        List<Dbrp> out = new ArrayList<>(n.size());
        for (JsonNode d : n) {
            if (!d.isObject()) {
                throw ApiException.invalidJson();
            }
            out.add(new Dbrp(orEmpty(text(d, "db")), orEmpty(text(d, "rp"))));
        }
        return out;
    }

    private static Map<String, TaskVar> vars(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isObject()) {
            throw ApiException.invalidJson();
        }
        Map<String, TaskVar> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            out.put(e.getKey(), var(e.getValue(), false));
        }
        return out;
    }

    private static TaskVar var(JsonNode n, boolean listItem) {
        if (!n.isObject()) {
            throw ApiException.invalidJson();
        }
        String type = text(n, "type");
        JsonNode value = n.get("value");
        if (type == null || !isVarType(type) || listItem && value == null) {
            throw ApiException.invalidJson();
        }
        return new TaskVar(type, varValue(type, value), orEmpty(text(n, "description")));
    }

    private static boolean isVarType(String t) {
        return switch (t) {
            case "bool", "int", "float", "string", "regex", "duration", "lambda", "list", "star" -> true;
            default -> false;
        };
    }

    /** The value in its JSON form; int must be integral, float and duration numeric or text. */
    private static Object varValue(String type, JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        switch (type) {
            case "int":
                if (!v.isIntegralNumber() || !v.canConvertToLong()) {
                    throw ApiException.invalidJson();
                }
                return v.longValue();
            case "float":
                if (!v.isNumber()) {
                    throw ApiException.invalidJson();
                }
                return v.doubleValue();
            case "duration":
                if (v.isIntegralNumber() && v.canConvertToLong()) {
                    return v.longValue();
                }
                if (!v.isTextual()) {
                    throw ApiException.invalidJson();
                }
                return v.textValue();
            case "list":
                if (!v.isArray()) {
                    throw ApiException.invalidJson();
                }
                List<TaskVar> items = new ArrayList<>(v.size());
                for (JsonNode item : v) {
                    items.add(var(item, true));
                }
                return items;
            default:
                return plain(v);
        }
    }

    private static Object plain(JsonNode v) {
        if (v.isTextual()) {
            return v.textValue();
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isIntegralNumber() && v.canConvertToLong()) {
            return v.longValue();
        }
        if (v.isNumber()) {
            return v.doubleValue();
        }
        return GoJson.mapper().convertValue(v, Object.class);
    }

    /** A string member, null when absent or JSON null; any other JSON type is invalid. */
    private static String text(JsonNode n, String key) {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw ApiException.invalidJson();
        }
        return v.textValue();
    }

    private static boolean isEmpty(String s) {
        return s == null || s.isEmpty();
    }

    private static String emptyToNull(String s) {
        return isEmpty(s) ? null : s;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}

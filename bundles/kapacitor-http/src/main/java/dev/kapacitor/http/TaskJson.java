package dev.kapacitor.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kapacitor.api.gofmt.GoQuote;
import dev.kapacitor.api.gofmt.GoTime;
import dev.kapacitor.api.task.Dbrp;
import dev.kapacitor.api.task.Task;
import dev.kapacitor.api.task.TaskVar;
import dev.kapacitor.http.json.GoJson;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A task in Kapacitor 1.5's JSON: the object of GET /tasks/<id> (client.Task, fields in struct
 * order) and the entries of GET /tasks (a Go map, so keys sorted, and no template-id).
 */
final class TaskJson {
    static final String TASKS = "/kapacitor/v1/tasks";

    /** client.Task's fields, in its declaration order. */
    private static final List<String> TASK_FIELDS = List.of("link", "id", "template-id", "type",
            "dbrps", "script", "vars", "dot", "status", "executing", "error", "stats", "created",
            "modified", "last-enabled");

    /** What GET /tasks returns when ?fields= is not given. */
    static final List<String> LIST_FIELDS = List.of("link", "id", "type", "dbrps", "script", "dot",
            "status", "executing", "error", "stats", "created", "modified", "last-enabled", "vars");

    private TaskJson() {
    }

    /** With this server's group-idle-ttl last, only for a task that has its own, so others look as in Kapacitor. */
    static ObjectNode task(Task t) {
        ObjectNode n = GoJson.object();
        for (String f : TASK_FIELDS) {
            n.putPOJO(f, value(t, f, false));
        }
        if (t.groupIdleTtl() != null) {
            n.put(TaskRequest.GROUP_IDLE_TTL, t.groupIdleTtl());
        }
        return n;
    }

    static Map<String, Object> listEntry(Task t, Collection<String> fields) {
        Map<String, Object> m = new TreeMap<>();
        for (String f : fields) {
            if (f.equals("template-id")) {
                throw unsupported(f);
            }
            m.put(f, value(t, f, true));
        }
        return m;
    }

    static ObjectNode link(String id) {
        return GoJson.object().put("rel", "self").put("href", TASKS + "/" + id);
    }

    private static Object value(Task t, String field, boolean inList) {
        return switch (field) {
            case "link" -> link(t.id());
            case "id" -> t.id();
            case "template-id" -> orEmpty(t.templateId());
            case "type" -> t.type() == null ? "invalid" : t.type().jsonName();
            case "dbrps" -> dbrps(t.dbrps());
            case "script" -> orEmpty(t.script());
            case "vars" -> vars(t.vars());
            case "dot" -> orEmpty(t.dot());
            case "status" -> t.status().jsonName();
            case "executing" -> t.executing();
            case "error" -> orEmpty(t.error());
            // the list leaves stats null for a task that is not executing; GET /tasks/<id> shows {}
            case "stats" -> inList && !t.executing() ? null : stats(t.stats());
            case "created" -> GoTime.format(t.created());
            case "modified" -> GoTime.format(t.modified());
            case "last-enabled" -> GoTime.format(t.lastEnabled());
            case TaskRequest.GROUP_IDLE_TTL -> orEmpty(t.groupIdleTtl());
            default -> throw unsupported(field);
        };
    }

    private static ApiException unsupported(String field) {
        return new ApiException(400, "unsupported field " + GoQuote.quote(field));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static List<ObjectNode> dbrps(List<Dbrp> dbrps) {
        List<ObjectNode> out = new ArrayList<>(dbrps == null ? 0 : dbrps.size());
        if (dbrps != null) {
            for (Dbrp d : dbrps) {
                out.add(GoJson.object().put("db", d.db()).put("rp", d.rp()));
            }
        }
        return out;
    }

    private static Map<String, ObjectNode> vars(Map<String, TaskVar> vars) {
        Map<String, ObjectNode> out = new TreeMap<>();
        if (vars != null) {
            vars.forEach((name, v) -> out.put(name, var(v)));
        }
        return out;
    }

    private static ObjectNode var(TaskVar v) {
        ObjectNode n = GoJson.object().put("type", v.type());
        Object value = v.value();
        if (value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof TaskVar) {
            List<ObjectNode> items = new ArrayList<>(list.size());
            for (Object item : list) {
                items.add(var((TaskVar) item));
            }
            value = items;
        }
        n.putPOJO("value", value);
        return n.put("description", orEmpty(v.description()));
    }

    /** client.ExecutionStats: task-stats then node-stats, each left out when empty. */
    private static ObjectNode stats(Map<String, Object> stats) {
        ObjectNode n = GoJson.object();
        if (stats != null) {
            putIfNotEmpty(n, "task-stats", stats.get("task-stats"));
            putIfNotEmpty(n, "node-stats", stats.get("node-stats"));
        }
        return n;
    }

    private static void putIfNotEmpty(ObjectNode n, String key, Object value) {
        if (value instanceof Map<?, ?> m && !m.isEmpty()) {
            n.putPOJO(key, m);
        }
    }
}

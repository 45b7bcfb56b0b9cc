package dev.kapacitor.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kapacitor.api.task.Task;
import dev.kapacitor.api.task.TaskService;
import dev.kapacitor.http.json.GoJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** /kapacitor/v1/tasks: GET lists ({"tasks": [...]}), POST defines a task. */
final class TasksResource {
    private final Supplier<TaskService> tasks;

    TasksResource(Supplier<TaskService> tasks) {
        this.tasks = tasks;
    }

    void list(Exchange ex) throws IOException {
        Set<String> fields = new LinkedHashSet<>(ex.params("fields"));
        if (fields.isEmpty()) {
            fields.addAll(TaskJson.LIST_FIELDS);
        } else {
            fields.add("id");
            fields.add("link");
        }
        boolean formatted = Params.formattedScript(ex);
        Params.checkDotView(ex);
        long offset = Math.max(0, Params.integer(ex, "offset", 0));
        long limit = Params.integer(ex, "limit", 100);
        String pattern = ex.param("pattern");

        List<Map<String, Object>> out = new ArrayList<>();
        long skipped = 0;
        for (Task t : tasks.get().list(Params.dotView(ex))) {
            if (limit >= 0 && out.size() >= limit) {
                break;
            }
            if (!pattern.isEmpty() && !Glob.matches(pattern, t.id())) {
                continue;
            }
            if (skipped++ < offset) {
                continue;
            }
            out.add(TaskJson.listEntry(ScriptFormat.apply(t, formatted), fields));
        }
        ObjectNode body = GoJson.object();
        body.putPOJO("tasks", out);
        ex.json(200, body);
    }

    void create(Exchange ex) throws IOException {
        Task t = tasks.get().create(TaskRequest.create(ex.body()));
        ex.json(200, TaskJson.task(ScriptFormat.apply(t, true)));
    }
}

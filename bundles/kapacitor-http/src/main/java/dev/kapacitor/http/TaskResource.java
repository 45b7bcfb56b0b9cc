package dev.kapacitor.http;

import dev.kapacitor.api.model.Result;
import dev.kapacitor.api.task.HttpOutService;
import dev.kapacitor.api.task.Task;
import dev.kapacitor.api.task.TaskException;
import dev.kapacitor.api.task.TaskService;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * /kapacitor/v1/tasks/<id>: GET, PATCH, DELETE one task, and GET /tasks/<id>/<endpoint> for
 * the last result of its httpOut node. Like Kapacitor, a path with no httpOut behind it is
 * answered as an unknown task.
 */
final class TaskResource {
    private static final String PREFIX = TaskJson.TASKS + "/";
    private static final String NO_TASK = "no task exists";

    private final Supplier<TaskService> tasks;
    private final Supplier<HttpOutService> httpOut;

    TaskResource(Supplier<TaskService> tasks, Supplier<HttpOutService> httpOut) {
        this.tasks = tasks;
        this.httpOut = httpOut;
    }

    void get(Exchange ex) throws IOException {
        String id = id(ex);
        int slash = id.indexOf('/');
        if (slash >= 0) {
            serveHttpOut(ex, id.substring(0, slash), id.substring(slash + 1));
            return;
        }
        Task t = tasks.get().get(id, Params.dotView(ex)).orElseThrow(() -> new ApiException(404, NO_TASK));
        boolean formatted = Params.formattedScript(ex);
        Params.checkDotView(ex);
        String replay = ex.param("replay-id");
        if (!replay.isEmpty() && !replay.equals("main")) {
            throw new ApiException(400, "no running replay with ID: " + replay);
        }
        ex.json(200, TaskJson.task(ScriptFormat.apply(t, formatted)));
    }

    void update(Exchange ex) throws IOException {
        String id = id(ex);
        Task t = tasks.get().update(id, TaskRequest.patch(ex.body()));
        ex.json(200, TaskJson.task(ScriptFormat.apply(t, true)));
    }

    /** Kapacitor answers 204 for a task that does not exist, too. */
    void delete(Exchange ex) {
        String id = id(ex);
        try {
            tasks.get().delete(id);
        } catch (TaskException e) {
            if (e.status() != 404) {
                throw e;
            }
        }
        ex.noContent();
    }

    private void serveHttpOut(Exchange ex, String taskId, String endpoint) throws IOException {
        Optional<Result> result = httpOut.get().httpOut(taskId, endpoint);
        if (result.isEmpty()) {
            throw new ApiException(404, NO_TASK);
        }
        ex.compactJson(200, result.get());
    }

    private static String id(Exchange ex) {
        String id = ex.path().substring(PREFIX.length());
        if (id.isEmpty()) {
            throw new ApiException(400, "must specify task id on path");
        }
        return id;
    }
}

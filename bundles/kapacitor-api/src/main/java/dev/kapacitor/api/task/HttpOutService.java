package dev.kapacitor.api.task;

import dev.kapacitor.api.model.Result;
import java.util.Optional;

/** The last result of a running task's httpOut node, served at /kapacitor/v1/tasks/<id>/<name>. */
public interface HttpOutService {
    Optional<Result> httpOut(String taskId, String endpoint);
}

package dev.kapacitor.engine.runtime;

/** A node failed in a way that ends the task (not a per-point error); the message names the node. */
public class TaskFailure extends RuntimeException {
    public TaskFailure(String message, Throwable cause) {
        super(message, cause);
    }
}

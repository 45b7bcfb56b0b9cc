package dev.kapacitor.api.task;

/** A failed task operation, with the HTTP status Kapacitor answers it with. */
public class TaskException extends RuntimeException {
    private final int status;

    public TaskException(int status, String message) {
        super(message);
        this.status = status;
    }

    public TaskException(int status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    public int status() {
        return status;
    }
}

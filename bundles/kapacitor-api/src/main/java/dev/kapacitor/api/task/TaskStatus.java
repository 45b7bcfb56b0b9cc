package dev.kapacitor.api.task;

/** Whether a task should be running. */
public enum TaskStatus {
    ENABLED, DISABLED;

    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static TaskStatus fromJson(String s) {
        return switch (s) {
            case "enabled" -> ENABLED;
            case "disabled" -> DISABLED;
            default -> throw new TaskException(400, "invalid status " + s);
        };
    }
}

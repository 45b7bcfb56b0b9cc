package dev.kapacitor.api.task;

/** Stream tasks receive written points; batch tasks query InfluxDB on a schedule. */
public enum TaskType {
    STREAM, BATCH;

    /** The lower-case name used in Kapacitor's JSON. */
    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static TaskType fromJson(String s) {
        return switch (s) {
            case "stream" -> STREAM;
            case "batch" -> BATCH;
            default -> throw new TaskException(400, "unknown task type " + s);
        };
    }
}

package dev.kapacitor.engine.task;

import dev.kapacitor.api.gofmt.GoDuration;
import dev.kapacitor.api.task.TaskException;

/**
 * The group-idle-ttl setting (engine-wide, or a task's own): a Go duration such as {@code 10m};
 * empty or 0 means groups never expire, as in Kapacitor.
 */
public final class GroupIdleTtl {
    private GroupIdleTtl() {
    }

    /**
     * The ttl in nanoseconds, 0 for empty.
     *
     * @throws IllegalArgumentException {@code invalid group-idle-ttl: time: invalid duration "x"}
     */
    public static long nanos(String setting) {
        if (setting == null || setting.isBlank()) {
            return 0;
        }
        long ttl;
        try {
            ttl = GoDuration.parse(setting.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid group-idle-ttl: " + e.getMessage(), e);
        }
        if (ttl < 0) {
            throw new IllegalArgumentException("invalid group-idle-ttl: must not be negative: " + setting.trim());
        }
        return ttl;
    }

    /** A task's own value in Go's form ({@code 1h0m0s}), null for none; a bad one is a 400. */
    static String ofTask(String given) {
        if (given == null || given.isEmpty()) {
            return null;
        }
        try {
            return GoDuration.string(nanos(given));
        } catch (IllegalArgumentException e) {
            throw new TaskException(400, e.getMessage());
        }
    }
}

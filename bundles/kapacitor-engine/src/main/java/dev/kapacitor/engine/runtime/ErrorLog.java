package dev.kapacitor.engine.runtime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs a node's per-point errors at most once a second, with the count of those suppressed in
 * between, so a script error hit by every point does not flood the log or slow the task.
 */
final class ErrorLog {
    private static final Logger LOG = LoggerFactory.getLogger("dev.kapacitor.engine.task");
    private static final long INTERVAL_NANOS = 1_000_000_000L;

    private final String task;
    private final String node;
    private long last = System.nanoTime() - INTERVAL_NANOS;
    private long suppressed;

    ErrorLog(String task, String node) {
        this.task = task;
        this.node = node;
    }

    synchronized void log(String message, Throwable cause) {
        long now = System.nanoTime();
        if (now - last < INTERVAL_NANOS) {
            suppressed++;
            return;
        }
        last = now;
        String reason = cause == null ? "" : " err=" + quoteIfNeeded(cause.getMessage());
        String more = suppressed == 0 ? "" : " suppressed=" + suppressed;
        suppressed = 0;
        LOG.error("msg={} task={} node={}{}{}", quoteIfNeeded(message), task, node, reason, more);
    }

    /** logfmt: values with spaces or quotes are quoted, inner quotes escaped. */
    private static String quoteIfNeeded(String s) {
        if (s != null && s.indexOf(' ') < 0 && s.indexOf('"') < 0) {
            return s;
        }
        return "\"" + String.valueOf(s).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}

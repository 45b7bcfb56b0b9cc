package dev.kapacitor.engine.nodes;

import dev.kapacitor.api.alert.AlertLevel;
import java.util.Map;

/**
 * The alert node's own counters, written by the task thread only; the API reads them without
 * locking (a count may lag by an event).
 */
final class AlertStats {
    private long triggered;
    private long inhibited;
    private long dropped;
    private final long[] byLevel = new long[AlertLevel.values().length];

    void triggered(AlertLevel level) {
        triggered++;
        byLevel[level.ordinal()]++;
    }

    void inhibited() {
        inhibited++;
    }

    /** An event a topic could not hand to all its handlers. */
    void dropped() {
        dropped++;
    }

    void addTo(Map<String, Object> stats) {
        stats.put("alerts_triggered", triggered);
        stats.put("alerts_inhibited", inhibited);
        stats.put("oks_triggered", byLevel[AlertLevel.OK.ordinal()]);
        stats.put("infos_triggered", byLevel[AlertLevel.INFO.ordinal()]);
        stats.put("warns_triggered", byLevel[AlertLevel.WARNING.ordinal()]);
        stats.put("crits_triggered", byLevel[AlertLevel.CRITICAL.ordinal()]);
        stats.put("events_dropped", dropped);
    }
}

package dev.kapacitor.engine.alert;

import dev.kapacitor.api.alert.AlertLevel;

/**
 * The state of one alert (one group of an alert node), as Kapacitor 1.5 keeps it: a ring of the
 * last levels, whether the last level changed, flapping by Kapacitor's weighted share of level
 * changes (the newest change weighs 1.2, the oldest 1.2/1.5), and the times the alert was
 * first and last triggered. Times are event times in epoch nanoseconds.
 */
public final class AlertState {
    /** The newest change weighs this many times more than the oldest. */
    private static final double WEIGHT_DIFF = 1.5;
    /** The weight of the newest change. */
    private static final double MAX_WEIGHT = 1.2;
    private static final AlertLevel[] LEVELS = AlertLevel.values();

    private final byte[] history;
    private final boolean useFlapping;
    private final double flapLow;
    private final double flapHigh;
    private final long stateChangesOnlyInterval;
    private final Inhibitor[] inhibitors;
    private int idx;
    private boolean flapping;
    private boolean changed;
    private boolean expired;
    private long firstTriggered = Times.ZERO;
    private long lastTriggered = Times.ZERO;

    /**
     * @param history                  levels kept (at least 2)
     * @param stateChangesOnlyInterval point time after which an unchanged level counts as new; 0: never
     * @param inhibitors               set while this alert is not OK
     */
    public AlertState(int history, boolean useFlapping, double flapLow, double flapHigh, long stateChangesOnlyInterval,
                      Inhibitor[] inhibitors) {
        this.history = new byte[Math.max(2, history)];
        this.useFlapping = useFlapping;
        this.flapLow = flapLow;
        this.flapHigh = flapHigh;
        this.stateChangesOnlyInterval = stateChangesOnlyInterval;
        this.inhibitors = inhibitors;
    }

    public AlertLevel level() {
        return LEVELS[history[idx]];
    }

    /** Whether the last level added differs from the one before. */
    public boolean changed() {
        return changed;
    }

    public boolean flapping() {
        return flapping;
    }

    /** With stateChangesOnly(interval): the level did not change but the interval has passed since the last event. */
    public boolean expired() {
        return expired;
    }

    public Inhibitor[] inhibitors() {
        return inhibitors;
    }

    /** Records the level of a point (or batch) at time t. */
    public void add(long t, AlertLevel level) {
        changed = history[idx] != level.ordinal();
        idx = idx + 1 == history.length ? 0 : idx + 1;
        history[idx] = (byte) level.ordinal();
        if (useFlapping) {
            updateFlapping();
        }
        expired = !changed && stateChangesOnlyInterval != 0 && Times.sub(t, lastTriggered) >= stateChangesOnlyInterval;
    }

    /**
     * Whether an event of the current level is held back: while flapping, or with
     * stateChangesOnly when the level neither changed nor expired.
     */
    public boolean suppressed(boolean stateChangesOnly) {
        return (useFlapping && flapping) || (stateChangesOnly && !changed && !expired);
    }

    /** Records that an event was sent at time t; the first after OK starts the alert's duration. */
    public void triggered(long t) {
        lastTriggered = t;
        int previous = idx == 0 ? history.length - 1 : idx - 1;
        if (history[previous] == AlertLevel.OK.ordinal()) {
            firstTriggered = t;
        }
        boolean inhibiting = history[idx] != AlertLevel.OK.ordinal();
        for (Inhibitor in : inhibitors) {
            in.set(inhibiting);
        }
    }

    /** How long the alert has been triggered: last minus first trigger time, saturating as Go's. */
    public long duration() {
        return Times.sub(lastTriggered, firstTriggered);
    }

    private void updateFlapping() {
        double p = percentChange();
        if (flapping && p < flapLow) {
            flapping = false;
        } else if (!flapping && p > flapHigh) {
            flapping = true;
        }
    }

    /** The weighted share of consecutive history entries that differ, oldest first. */
    double percentChange() {
        int l = history.length;
        double changes = 0;
        double weight = MAX_WEIGHT / WEIGHT_DIFF;
        double step = (MAX_WEIGHT - weight) / (l - 1);
        for (int i = 0; i < l - 1; i++) {
            int c = (i + idx) % l;
            int p = c == 0 ? l - 1 : c - 1;
            if (history[c] != history[p]) {
                changes += weight;
            }
            weight += step;
        }
        return changes / (l - 1);
    }
}

package dev.kapacitor.engine.edge;

import dev.kapacitor.api.model.Tags;

/**
 * The head of a batch: its measurement, group, the group's tags, the batch time (tmax, the
 * window end for windows) and how many points follow, if known.
 */
public record BeginBatchMessage(String name, Group group, Tags tags, long tmax, int sizeHint) {
    public BeginBatchMessage withTmax(long t) {
        return new BeginBatchMessage(name, group, tags, t, sizeHint);
    }
}

package dev.kapacitor.engine.nodes;

import dev.kapacitor.api.model.Tags;
import dev.kapacitor.engine.edge.BeginBatchMessage;
import dev.kapacitor.engine.edge.Group;

/** What changing a batch's tags does to its group, the way Kapacitor's SetTags does it. */
final class Retagging {
    private Retagging() {
    }

    /** A batch's tags are its dimensions: new tags make a new group. */
    static BeginBatchMessage begin(BeginBatchMessage b, Tags tags) {
        Group g = Group.ofAllTags(b.group().dimensions().byName(), b.name(), tags);
        return new BeginBatchMessage(b.name(), g, tags, b.tmax(), b.sizeHint());
    }
}

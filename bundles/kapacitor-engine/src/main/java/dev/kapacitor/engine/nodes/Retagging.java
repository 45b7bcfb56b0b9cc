package dev.kapacitor.engine.nodes;

import dev.kapacitor.api.model.Fields;
import dev.kapacitor.api.model.Tags;
import dev.kapacitor.engine.edge.BatchPointMessage;
import dev.kapacitor.engine.edge.BeginBatchMessage;
import dev.kapacitor.engine.edge.BufferedBatchMessage;
import dev.kapacitor.engine.edge.Group;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** What changing a batch's tags does to its group, the way Kapacitor's SetTags does it. */
final class Retagging {
    private Retagging() {
    }

    /** A batch's tags are its dimensions: new tags make a new group. */
    static BeginBatchMessage begin(BeginBatchMessage b, Tags tags) {
        Group g = Group.ofAllTags(b.group().dimensions().byName(), b.name(), tags);
        return new BeginBatchMessage(b.name(), g, tags, b.tmax(), b.sizeHint());
    }

    /**
     * The batch with its head's tags, then each point's fields and tags, rewritten in that order
     * (the order the default and delete nodes count their changes in).
     */
    static BufferedBatchMessage batch(BufferedBatchMessage b, UnaryOperator<Fields> fields, UnaryOperator<Tags> tags) {
        BeginBatchMessage head = b.begin();
        Tags batchTags = tags.apply(head.tags());
        if (batchTags != head.tags()) {
            head = begin(head, batchTags);
        }
        List<BatchPointMessage> points = new ArrayList<>(b.points().size());
        for (BatchPointMessage bp : b.points()) {
            points.add(new BatchPointMessage(bp.time(), fields.apply(bp.fields()), tags.apply(bp.tags())));
        }
        return new BufferedBatchMessage(head, points);
    }
}

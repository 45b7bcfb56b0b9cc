package dev.kapacitor.engine.edge;

import dev.kapacitor.api.model.Fields;
import dev.kapacitor.api.model.Tags;

/** One point inside a batch; it carries all its tags, the batch carries only the group's. */
public record BatchPointMessage(long time, Fields fields, Tags tags) {
    public static BatchPointMessage of(PointMessage p) {
        return new BatchPointMessage(p.time(), p.fields(), p.tags());
    }

    public BatchPointMessage withFields(Fields f) {
        return new BatchPointMessage(time, f, tags);
    }
}

package dev.kapacitor.engine.edge;

import dev.kapacitor.api.model.Fields;
import dev.kapacitor.api.model.Point;
import dev.kapacitor.api.model.Tags;

/** One point of a stream with the group it belongs to. */
public record PointMessage(Point point, Group group) implements Message {
    @Override
    public void dispatch(Receiver receiver) {
        receiver.point(this);
    }

    public String name() {
        return point.name();
    }

    public Tags tags() {
        return point.tags();
    }

    public Fields fields() {
        return point.fields();
    }

    public long time() {
        return point.time();
    }

    public PointMessage withPoint(Point p) {
        return new PointMessage(p, group);
    }

    public PointMessage withFields(Fields f) {
        return new PointMessage(point.withFields(f), group);
    }

    public PointMessage withGroup(Group g) {
        return new PointMessage(point, g);
    }
}

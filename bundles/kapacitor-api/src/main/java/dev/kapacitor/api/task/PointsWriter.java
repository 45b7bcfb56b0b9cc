package dev.kapacitor.api.task;

import dev.kapacitor.api.model.Point;
import java.util.List;

/** Takes accepted points and routes them to the stream tasks that read their db/rp. */
public interface PointsWriter {
    void writePoints(String database, String retentionPolicy, List<Point> points);
}

package dev.kapacitor.engine.nodes;

import dev.kapacitor.api.model.Point;
import dev.kapacitor.engine.edge.BatchPointMessage;
import dev.kapacitor.engine.edge.BufferedBatchMessage;

/** Views of batch points as points, so lambdas evaluate them the same way. */
final class BatchPoints {
    private BatchPoints() {
    }

    static Point toPoint(BufferedBatchMessage b, BatchPointMessage bp) {
        return new Point(null, null, b.name(), bp.tags(), bp.fields(), bp.time());
    }

    static BatchPointMessage fromPoint(Point p) {
        return new BatchPointMessage(p.time(), p.fields(), p.tags());
    }
}

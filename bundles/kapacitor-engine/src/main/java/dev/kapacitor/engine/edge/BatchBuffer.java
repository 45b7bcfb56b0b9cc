package dev.kapacitor.engine.edge;

import java.util.ArrayList;
import java.util.List;

/** Collects begin, points and end into a {@link BufferedBatchMessage}. Not thread-safe. */
public final class BatchBuffer {
    private BeginBatchMessage begin;
    private List<BatchPointMessage> points;

    public void begin(BeginBatchMessage b) {
        if (begin != null) {
            throw new IllegalStateException("begin batch before the previous batch ended");
        }
        begin = b;
        points = new ArrayList<>(Math.max(b.sizeHint(), 4));
    }

    public void point(BatchPointMessage p) {
        if (begin == null) {
            throw new IllegalStateException("batch point without begin batch");
        }
        points.add(p);
    }

    public BufferedBatchMessage end(EndBatchMessage end) {
        if (begin == null) {
            throw new IllegalStateException("end batch without begin batch");
        }
        BufferedBatchMessage m = new BufferedBatchMessage(begin, points);
        begin = null;
        points = null;
        return m;
    }
}

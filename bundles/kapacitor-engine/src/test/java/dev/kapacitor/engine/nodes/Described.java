package dev.kapacitor.engine.nodes;

import static dev.kapacitor.engine.nodes.TestPipelines.T0;

import dev.kapacitor.engine.edge.BarrierMessage;
import dev.kapacitor.engine.edge.BatchPointMessage;
import dev.kapacitor.engine.edge.BufferedBatchMessage;
import dev.kapacitor.engine.edge.Message;
import dev.kapacitor.engine.edge.PointMessage;
import java.util.List;
import java.util.StringJoiner;

/**
 * Captured messages as short text, times in seconds after {@link TestPipelines#T0}: a batch is
 * {@code name[group]@tmax{batch tags}(t:fields, ...)}, a point {@code name[group]@t{tags}fields}.
 */
final class Described {
    private Described() {
    }

    static List<String> all(List<Message> messages) {
        return messages.stream().map(Described::of).toList();
    }

    static String of(Message m) {
        if (m instanceof BufferedBatchMessage b) {
            StringJoiner points = new StringJoiner(", ", "(", ")");
            for (BatchPointMessage p : b.points()) {
                points.add(seconds(p.time()) + ":" + p.fields() + (p.tags().isEmpty() ? "" : p.tags().toString()));
            }
            return b.name() + "[" + b.group().id() + "]@" + seconds(b.begin().tmax()) + b.begin().tags() + points;
        }
        if (m instanceof PointMessage p) {
            return p.name() + "[" + p.group().id() + "]@" + seconds(p.time()) + p.tags() + p.fields();
        }
        if (m instanceof BarrierMessage b) {
            return "barrier[" + b.group().id() + "]@" + seconds(b.time());
        }
        return m.toString();
    }

    /** Seconds after T0, without a fraction when whole. */
    static String seconds(long t) {
        long d = t - T0;
        return d % 1_000_000_000L == 0 ? String.valueOf(d / 1_000_000_000L) : String.valueOf(d / 1e9);
    }

    /** A line of measurement m at {@code seconds} after T0. */
    static String at(double seconds, String seriesAndFields) {
        return seriesAndFields + " " + (T0 + Math.round(seconds * 1e9));
    }
}

package dev.kapacitor.engine.nodes;

import dev.kapacitor.api.model.Fields;
import dev.kapacitor.api.model.Point;
import dev.kapacitor.engine.edge.Group;
import dev.kapacitor.engine.edge.PointMessage;
import dev.kapacitor.engine.pipeline.StatsSpec;
import dev.kapacitor.engine.runtime.EmittedByGroup;
import dev.kapacitor.engine.runtime.Node;
import dev.kapacitor.engine.runtime.TaskContext;
import dev.kapacitor.engine.runtime.TimeAligner;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * stats(interval): every interval of wall-clock time, emits for each group the node has emitted
 * data for a point {@code stats} with field {@code emitted} (points so far; 0 and no group
 * before any), stamped with the wall clock. With align(), it first waits for the next multiple
 * of the interval and stamps the times rounded to it; as in Kapacitor, the first emission
 * carries the time it started waiting, rounded.
 */
final class StatsNode extends Node {
    private static final String MEASUREMENT = "stats";
    private static final String EMITTED = "emitted";

    private final StatsSpec spec;
    private final TimeAligner aligner;
    private EmittedByGroup counts;
    private ScheduledFuture<?> first;
    private ScheduledFuture<?> ticker;

    StatsNode(StatsSpec spec, TaskContext ctx) {
        super(spec, ctx);
        this.spec = spec;
        this.aligner = new TimeAligner(spec.interval());
    }

    @Override
    protected void start() {
        counts = ctx.node(spec.source()).emittedByGroup();
        long interval = spec.interval();
        var scheduler = ctx.services().scheduler();
        long delay = 0;
        if (spec.align()) {
            long now = wallNanos();
            delay = aligner.truncate(now) + interval - now;
            long stamp = aligner.round(now);
            first = scheduler.schedule(() -> ctx.runOnTaskThread(() -> emitStats(stamp)), delay, TimeUnit.NANOSECONDS);
        }
        ticker = scheduler.scheduleAtFixedRate(() -> {
            long now = wallNanos();
            long stamp = spec.align() ? aligner.round(now) : now;
            ctx.runOnTaskThread(() -> emitStats(stamp));
        }, delay + interval, interval, TimeUnit.NANOSECONDS);
    }

    @Override
    protected void stop() {
        if (first != null) {
            first.cancel(false);
        }
        if (ticker != null) {
            ticker.cancel(false);
        }
    }

    private void emitStats(long time) {
        if (counts.isEmpty()) {
            emit(stat(Group.NIL, 0, time));
            return;
        }
        counts.forEach((g, n) -> emit(stat(g, n, time)));
    }

    private static PointMessage stat(Group g, long emitted, long time) {
        Fields f = new Fields.Builder(1).putLong(EMITTED, emitted).build();
        return new PointMessage(new Point(null, null, MEASUREMENT, g.tags(), f, time), g);
    }

    private static long wallNanos() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }
}

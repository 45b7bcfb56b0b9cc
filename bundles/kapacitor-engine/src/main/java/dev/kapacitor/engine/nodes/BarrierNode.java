package dev.kapacitor.engine.nodes;

import dev.kapacitor.engine.edge.BarrierMessage;
import dev.kapacitor.engine.edge.BatchPointMessage;
import dev.kapacitor.engine.edge.BufferedBatchMessage;
import dev.kapacitor.engine.edge.DeleteGroupMessage;
import dev.kapacitor.engine.edge.Group;
import dev.kapacitor.engine.edge.PointMessage;
import dev.kapacitor.engine.pipeline.BarrierSpec;
import dev.kapacitor.engine.runtime.GroupActivity;
import dev.kapacitor.engine.runtime.Node;
import dev.kapacitor.engine.runtime.TaskContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * barrier(): per group, sends a barrier downstream on the wall clock and drops data older than
 * the last barrier. With {@code idle(d)} the barrier comes after d without data, stamped with
 * the last data time plus d (and again every d while the group stays quiet); with
 * {@code period(d)} every d, stamped with the current time. Timers only enqueue work for the
 * task thread, so barriers enter the pipeline between two messages, never concurrently.
 */
final class BarrierNode extends Node {
    private final long idle;
    private final long period;
    /** Also read by {@link #stop()} on another thread. */
    private final Map<Group, Timer> groups = new ConcurrentHashMap<>();
    private volatile boolean stopped;

    BarrierNode(BarrierSpec spec, TaskContext ctx) {
        super(spec, ctx);
        if (spec.idle() == 0 && spec.period() == 0) {
            throw new IllegalArgumentException("barrier node must have either a non zero idle or a non zero period");
        }
        this.idle = spec.idle();
        this.period = spec.period();
    }

    private Timer timer(Group g) {
        Timer t = groups.get(g);
        if (t == null) {
            t = idle != 0 ? new IdleTimer(g) : new PeriodicTimer(g);
            groups.put(g, t);
        }
        return t;
    }

    @Override
    public void point(PointMessage p) {
        if (timer(p.group()).admit(p.time(), false)) {
            emit(p);
        }
    }

    @Override
    public void batch(BufferedBatchMessage b) {
        Timer t = timer(b.group());
        List<BatchPointMessage> kept = new ArrayList<>(b.points().size());
        for (BatchPointMessage bp : b.points()) {
            if (t.admit(bp.time(), false)) {
                kept.add(bp);
            }
        }
        emit(kept.size() == b.points().size() ? b : b.withPoints(kept));
    }

    @Override
    public void barrier(BarrierMessage b) {
        if (timer(b.group()).admit(b.time(), true)) {
            emit(b);
        }
    }

    /** As Kapacitor's grouped consumer: a deletion of a group never seen goes no further. */
    @Override
    public void deleteGroup(DeleteGroupMessage d) {
        Timer t = groups.remove(d.group());
        if (t != null) {
            t.cancel();
            emit(d);
        }
    }

    @Override
    protected void expire(Group g) {
        Timer t = groups.remove(g);
        if (t != null) {
            t.cancel();
        }
    }

    @Override
    protected void stop() {
        stopped = true;
        groups.values().forEach(Timer::cancel);
    }

    @Override
    protected int cardinality() {
        return groups.size();
    }

    private static long wallClockNanos() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    /** The wall-clock side of one group; everything but {@link #cancel()} runs on the task thread. */
    private abstract class Timer {
        final Group group;
        /** Data keeps the group alive for the group-idle-ttl; barriers do not. */
        final GroupActivity activity;
        volatile ScheduledFuture<?> future;
        volatile boolean cancelled;

        Timer(Group group) {
            this.group = group;
            this.activity = ctx.activity(group);
        }

        /** Whether data (or an upstream barrier) of this time passes; it may move the timer. */
        final boolean admit(long time, boolean isBarrier) {
            if (!isBarrier) {
                ctx.seen(activity);
            }
            return admits(time, isBarrier);
        }

        abstract boolean admits(long time, boolean isBarrier);

        /** Runs on the task thread when the timer went off. */
        abstract void fire();

        final boolean live() {
            return !cancelled && !stopped;
        }

        final void schedule(long delayNanos) {
            if (live()) {
                future = ctx.services().scheduler().schedule(() -> ctx.runOnTaskThread(this::fireIfLive),
                        delayNanos, TimeUnit.NANOSECONDS);
            }
        }

        final void fireIfLive() {
            if (live()) {
                fire();
            }
        }

        final void cancel() {
            cancelled = true;
            ScheduledFuture<?> f = future;
            if (f != null) {
                f.cancel(false);
            }
        }
    }

    private final class IdleTimer extends Timer {
        private long lastDataTime = wallClockNanos();
        private long lastBarrierTime = Long.MIN_VALUE;
        private long lastActivity = System.nanoTime();

        IdleTimer(Group group) {
            super(group);
            schedule(idle);
        }

        @Override
        boolean admits(long time, boolean isBarrier) {
            if (time < lastBarrierTime) {
                return false;
            }
            lastActivity = System.nanoTime();
            lastDataTime = time;
            if (isBarrier) {
                lastBarrierTime = time;
            }
            return true;
        }

        @Override
        void fire() {
            long quiet = System.nanoTime() - lastActivity;
            if (quiet < idle) {
                // data arrived since the timer was set: wait for the rest of the idle time
                schedule(idle - quiet);
                return;
            }
            long t = lastDataTime + idle;
            lastDataTime = t;
            lastBarrierTime = t;
            lastActivity = System.nanoTime();
            schedule(idle);
            emit(new BarrierMessage(group, t));
        }
    }

    private final class PeriodicTimer extends Timer {
        private long lastBarrierTime = Long.MIN_VALUE;

        PeriodicTimer(Group group) {
            super(group);
            if (live()) {
                future = ctx.services().scheduler().scheduleAtFixedRate(() -> ctx.runOnTaskThread(this::fireIfLive),
                        period, period, TimeUnit.NANOSECONDS);
            }
        }

        @Override
        boolean admits(long time, boolean isBarrier) {
            return time >= lastBarrierTime;
        }

        @Override
        void fire() {
            lastBarrierTime = wallClockNanos();
            emit(new BarrierMessage(group, lastBarrierTime));
        }
    }
}

package dev.kapacitor.engine.runtime;

import dev.kapacitor.api.model.Fields;
import dev.kapacitor.api.model.Point;
import dev.kapacitor.api.task.Dbrp;
import dev.kapacitor.api.task.StatisticsService;
import dev.kapacitor.api.task.TaskType;
import dev.kapacitor.engine.edge.Group;
import dev.kapacitor.engine.edge.PointMessage;
import dev.kapacitor.engine.pipeline.NodeSpec;
import dev.kapacitor.engine.pipeline.PipelineSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running task: its executing nodes behind a bounded inbox, run by the engine's shared
 * {@link TaskWorkers} one slice at a time, never on two workers at once. Tasks share no state on
 * the data path, so a slow task fills only its own inbox and slows only its own writers.
 */
public final class ExecutingTask {
    /** How many points ahead of the current one {@link #touch} reads. */
    private static final int AHEAD = 8;
    /**
     * Points a task runs before it lets the next ready task have the worker: small enough that
     * the tasks fed one chunk take turns on it while it is in cache, and none hogs a worker.
     */
    static final int SLICE = 256;
    private static final Logger LOG = LoggerFactory.getLogger(ExecutingTask.class);

    private final String id;
    private final TaskType type;
    private final PipelineSpec spec;
    private final TaskContext ctx;
    private final List<Node> nodes;
    private final Node source;
    private final TaskInbox inbox;
    private final TaskWorkers workers;
    /** Held while the task is queued or running on a worker (and until it starts). */
    private final AtomicBoolean scheduled = new AtomicBoolean(true);
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Runnable slice = this::runSlice;
    /** The chunk being run and the next point in it: the worker's alone, handed on with the task. */
    private PointChunk current;
    private int next;
    private volatile boolean abandoned;
    private final Consumer<ExecutingTask> onFailure;
    private volatile String failure;
    private final TaskStats stats;
    /** Without a group-idle-ttl nothing expires: the check per point is skipped. */
    private final boolean groupsExpire;
    /** What {@link #touch} read: kept, so the reads are not optimised away. */
    private long touched;

    private ExecutingTask(String id, TaskType type, PipelineSpec spec, TaskContext ctx, List<Node> nodes,
                          int capacity, Consumer<ExecutingTask> onFailure) {
        this.id = id;
        this.type = type;
        this.spec = spec;
        this.ctx = ctx;
        this.nodes = nodes;
        this.source = nodes.get(0);
        this.inbox = new TaskInbox(capacity);
        this.onFailure = onFailure;
        this.workers = ctx.services().taskWorkers();
        this.stats = new TaskStats(id, type, nodes);
        this.groupsExpire = ctx.groupsExpire();
        ctx.setTaskThread(this::runLater);
    }

    /**
     * Builds the executing nodes of a pipeline, linked as Kapacitor links them (each node under
     * its parents, in walk order).
     *
     * @param capacity points the inbox holds before writers wait
     * @param onFailure told (on the task's worker) when a node fails and the task stops
     */
    public static ExecutingTask create(String id, TaskType type, PipelineSpec spec, NodeRegistry registry,
                                       EngineServices services, int capacity, Consumer<ExecutingTask> onFailure) {
        return create(id, type, List.of(), 0, spec, registry, services, capacity, onFailure);
    }

    /**
     * As above, for a task reading these dbrps (kapacitorLoopback refuses to write into them), with
     * groups forgotten by every node once they had no data for {@code groupIdleTtl} nanoseconds of
     * the task's data time (0: never, as in Kapacitor).
     */
    public static ExecutingTask create(String id, TaskType type, List<Dbrp> dbrps, long groupIdleTtl, PipelineSpec spec,
                                       NodeRegistry registry, EngineServices services, int capacity,
                                       Consumer<ExecutingTask> onFailure) {
        TaskContext ctx = new TaskContext(id, dbrps, groupIdleTtl, services);
        Map<NodeSpec, Node> bySpec = new HashMap<>();
        List<Node> nodes = new ArrayList<>();
        for (NodeSpec s : spec.walk()) {
            Node n = registry.create(s, ctx);
            for (NodeSpec p : s.parents()) {
                bySpec.get(p).addChild(n);
            }
            bySpec.put(s, n);
            nodes.add(n);
        }
        ctx.setNodes(bySpec);
        return new ExecutingTask(id, type, spec, ctx, Collections.unmodifiableList(nodes), capacity, onFailure);
    }

    public String id() {
        return id;
    }

    public PipelineSpec spec() {
        return spec;
    }

    public List<Node> nodes() {
        return nodes;
    }

    /** Starts the nodes' helpers, then lets the task run; if a node cannot start, none runs. */
    public void start() {
        try {
            for (Node n : nodes) {
                n.start();
            }
        } catch (RuntimeException e) {
            for (Node n : nodes) {
                n.stop();
            }
            throw e;
        }
        release();
    }

    /**
     * Queues points for the task, waiting up to {@code timeout} for room.
     *
     * @return false only when the wait timed out; points for a stopped or failed task are dropped
     */
    public boolean offer(Point[] points, int count, long timeout, TimeUnit unit) throws InterruptedException {
        PointMessage[] messages = new PointMessage[count];
        for (int i = 0; i < count; i++) {
            messages[i] = new PointMessage(points[i], Group.NIL);
        }
        return offer(messages, count, timeout, unit);
    }

    /**
     * As above, with the points already wrapped for the source node (group {@link Group#NIL}):
     * the writer wraps a body once and hands the same array to every task that reads it all.
     * The task only reads the array.
     */
    public boolean offer(PointMessage[] messages, int count, long timeout, TimeUnit unit) throws InterruptedException {
        if (failure != null) {
            return true;
        }
        boolean taken = inbox.offer(new PointChunk(messages, count), timeout, unit);
        schedule();
        return taken;
    }

    private void runLater(Runnable r) {
        if (inbox.put(new Continuation(r))) {
            schedule();
        }
    }

    /** Hands the task to a worker unless it is queued or running already. */
    private void schedule() {
        if (scheduled.compareAndSet(false, true)) {
            workers.execute(slice);
        }
    }

    /** The end of a slice (or the start): a put after the flag is cleared schedules the task itself. */
    private void release() {
        scheduled.set(false);
        if (current == null && inbox.isDone()) {
            finished.countDown();
        } else if (current != null || inbox.hasItems()) {
            schedule();
        }
    }

    /**
     * Stops taking points and lets everything already accepted run to the end: the queued
     * points first, then each node in walk order stops (httpPost sends what it holds) and what
     * that feeds back into the task is processed before the next node stops. Whatever is left
     * after {@code waitMillis} is dropped.
     */
    public void stop(long waitMillis) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(waitMillis);
        inbox.closeForPoints();
        drain(deadline);
        for (Node n : nodes) {
            n.stop();
            drain(deadline);
        }
        inbox.close();
        schedule();
        try {
            if (!finished.await(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                LOG.warn("task {} did not finish within {} ms, dropping the rest", id, waitMillis);
                abandoned = true;
                inbox.clear();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until the task ran everything queued before now. */
    private void drain(long deadline) {
        if (finished.getCount() == 0) {
            return;
        }
        CountDownLatch done = new CountDownLatch(1);
        if (!inbox.put(new Continuation(done::countDown))) {
            return;
        }
        schedule();
        try {
            done.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Why the task stopped by itself, or null while it runs. */
    public String failure() {
        return failure;
    }

    public Optional<HttpOutput> output(String endpoint) {
        return ctx.output(endpoint);
    }

    /**
     * One turn on a worker: slices of {@link #SLICE} points (or continuations) while no other
     * task waits for a worker. Requeueing a task nobody waits for only hands it to the other
     * worker, waking that and moving the task's state to a cold cache (r1 took twice the CPU).
     */
    private void runSlice() {
        try {
            do {
                runPoints(SLICE);
            } while ((current != null || inbox.hasItems()) && !workers.othersWaiting());
        } catch (RuntimeException | StackOverflowError e) {
            fail(e);
        }
        release();
    }

    private void runPoints(int budget) {
        int left = budget;
        while (left > 0 && !abandoned) {
            if (current == null) {
                TaskInbox.Item item = inbox.poll();
                if (item == null) {
                    return;
                }
                if (item instanceof Continuation c) {
                    ctx.nextMessage();
                    c.run.run();
                    left--;
                    continue;
                }
                current = (PointChunk) item;
                next = 0;
            }
            left -= runChunk(left);
        }
        if (abandoned) {
            current = null;
        }
    }

    /** Runs up to {@code budget} points of the current chunk; how many it ran. */
    private int runChunk(int budget) {
        PointChunk c = current;
        int from = next;
        int end = Math.min(c.count, from + budget);
        if (groupsExpire) {
            runEach(c, from, end);
        } else {
            runWhole(c, from, end);
        }
        next = end;
        if (end == c.count) {
            current = null;
        }
        return end - from;
    }

    /**
     * Without group expiry nothing reads the task's clock, so the points go to the source node as
     * one run: nodes that only pass points on (stream, from) take it whole, in one call each.
     */
    private void runWhole(PointChunk c, int from, int end) {
        for (int i = from; i < end; i++) {
            touch(c.batch[i]);
        }
        ctx.nextMessage();
        source.receiveRun(c.batch, from, end, 0);
    }

    /** Point by point, the clock advanced and idle groups expired after each. */
    private void runEach(PointChunk c, int from, int end) {
        for (int i = from; i < end; i++) {
            if (i + AHEAD < c.count) {
                touch(c.batch[i + AHEAD]);
            }
            PointMessage m = c.batch[i];
            ctx.advanceClock(m.time());
            ctx.nextMessage();
            source.receive(m);
            expireIdleGroups();
        }
    }

    /**
     * Reads a point a few places ahead, so the memory it lies in is on its way while the nodes
     * work on the current one: many tasks read the same chunk, each from memory farther than its
     * core's cache, and without this each point waits for its message, point and values in turn.
     */
    private void touch(PointMessage m) {
        Fields f = m.point().fields();
        touched += f.size() == 0 ? 0 : f.bitsAt(0);
    }

    /** After each point, so that which groups expire does not depend on how writes were chunked. */
    private void expireIdleGroups() {
        List<Group> expired = ctx.expiredGroups();
        if (expired.isEmpty()) {
            return;
        }
        for (Node n : nodes) {
            for (Group g : expired) {
                n.expireGroup(g);
            }
        }
    }

    private void fail(Throwable e) {
        failure = e.getMessage() == null ? e.toString() : e.getMessage();
        LOG.error("task {} failed: {}", id, failure, e);
        inbox.close();
        inbox.clear();
        current = null;
        onFailure.accept(this);
    }

    /** Recomputes points (or batches) per second; called every second by the engine's timer. */
    public void updateThroughput() {
        stats.updateThroughput();
    }

    /** Kapacitor's execution stats: {@code task-stats} and {@code node-stats}. */
    public Map<String, Object> executionStats() {
        return stats.executionStats();
    }

    /** Kapacitor's "nodes" statistics: one per node, tagged with task, node, type and kind. */
    public List<StatisticsService.Statistic> nodeStatistics() {
        return stats.nodeStatistics();
    }

    /** The graph with execution attributes, as Kapacitor shows an executing task. */
    public String dot() {
        return dot(false);
    }

    /** The graph with execution stats as attributes, or as graphviz labels (dot-view=labels). */
    public String dot(boolean labels) {
        return stats.dot(labels);
    }

    private record PointChunk(PointMessage[] batch, int count) implements TaskInbox.Item {
        @Override
        public int points() {
            return count;
        }
    }

    private record Continuation(Runnable run) implements TaskInbox.Item {
        @Override
        public int points() {
            return 0;
        }
    }
}

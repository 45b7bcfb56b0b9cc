package dev.kapacitor.engine.runtime;

import dev.kapacitor.engine.edge.BarrierMessage;
import dev.kapacitor.engine.edge.BufferedBatchMessage;
import dev.kapacitor.engine.edge.DeleteGroupMessage;
import dev.kapacitor.engine.edge.Group;
import dev.kapacitor.engine.edge.Message;
import dev.kapacitor.engine.edge.PointMessage;
import dev.kapacitor.engine.edge.Receiver;
import dev.kapacitor.engine.pipeline.NodeSpec;
import java.util.Arrays;
import java.util.Map;

/**
 * The executing form of one pipeline node. All nodes of a task run on the task's thread: a
 * parent hands a message to its children by a direct call, so a node's handler runs to the
 * end before the next message enters the task. Subclasses implement the {@link Receiver}
 * methods for the messages they take and call {@link #emit} for what they produce.
 */
public abstract class Node implements Receiver {
    /** Decay of the execution time average: each sample weighs 1/16. */
    private static final int EMA_SHIFT = 4;
    private static final Node[] NO_CHILDREN = new Node[0];
    private static final int[] NO_INLETS = new int[0];

    private final NodeSpec spec;
    protected final TaskContext ctx;
    private final NodeStats stats = new NodeStats(this);
    private final ErrorLog errorLog;
    private Node[] children = NO_CHILDREN;
    /** For each child, which of its parents this node is (its inlet on the child). */
    private int[] childInlets = NO_INLETS;
    private int parentCount;
    private int inlet;
    private EmittedByGroup emittedByGroup;
    /** Counters in the node itself, the task thread's alone to write; {@link NodeStats} reads them. */
    long collected;
    /** Per parent, for a node with several (union, join): its edges' counts. */
    long[] collectedByInlet;
    long avgExecTime;
    long errors;

    protected Node(NodeSpec spec, TaskContext ctx) {
        this.spec = spec;
        this.ctx = ctx;
        this.errorLog = new ErrorLog(ctx.taskId(), spec.name());
    }

    public final String name() {
        return spec.name();
    }

    public NodeSpec spec() {
        return spec;
    }

    public final NodeStats stats() {
        return stats;
    }

    Node[] children() {
        return children;
    }

    /** Which parent of the child at this index this node is. */
    int childInlet(int child) {
        return childInlets[child];
    }

    void addChild(Node child) {
        children = Arrays.copyOf(children, children.length + 1);
        children[children.length - 1] = child;
        childInlets = Arrays.copyOf(childInlets, childInlets.length + 1);
        childInlets[childInlets.length - 1] = child.parentCount++;
        if (child.parentCount > 1) {
            child.collectedByInlet = new long[child.parentCount];
        }
    }

    /** How many parents feed this node; fan-in nodes (union, join) keep data per parent. */
    protected final int parentCount() {
        return parentCount;
    }

    /**
     * Which parent delivered the message being handled: its index in link order, as
     * Kapacitor numbers the in-edges of union and join. Valid only inside a handler.
     */
    protected final int inlet() {
        return inlet;
    }

    /**
     * The per-group counts of what this node emits, as stats() reports them; counting starts
     * with the first call (before the task thread runs) and costs nothing for other nodes.
     */
    public final EmittedByGroup emittedByGroup() {
        if (emittedByGroup == null) {
            emittedByGroup = new EmittedByGroup(ctx);
        }
        return emittedByGroup;
    }

    /** Called on the API thread before the task thread starts. */
    protected void start() {
    }

    /** Called after the task thread ended (or failed). */
    protected void stop() {
    }

    /** Groups (or other keys) the node holds state for: working_cardinality. */
    protected int cardinality() {
        return 0;
    }

    /** Adds node-specific stats to the node's stats map. */
    protected void addStats(Map<String, Object> stats) {
    }

    /**
     * The group had no data for the task's group-idle-ttl: drop whatever the node keeps for it.
     * Every node of the task is told, parents first, so nothing is emitted.
     */
    protected void expire(Group g) {
    }

    final void expireGroup(Group g) {
        if (emittedByGroup != null) {
            emittedByGroup.forget(g);
        }
        expire(g);
    }

    /** Kapacitor's edges count points and batches only, not barriers or group deletions. */
    private static boolean isData(Message m) {
        return m instanceof PointMessage || m instanceof BufferedBatchMessage;
    }

    /** Where the task delivers a message to its source node. */
    public final void receive(Message m) {
        receive(m, 0);
    }

    /**
     * Where a parent delivers a message: counts it (also as its edge's count), times it when the
     * task times the message it comes from, and names the node in failures.
     */
    private void receive(Message m, int from) {
        inlet = from;
        if (isData(m)) {
            count(from);
        }
        try {
            if (ctx.timed) {
                timedDispatch(m);
                return;
            }
            dispatch(m);
        } catch (TaskFailure f) {
            throw f;
        } catch (RuntimeException e) {
            throw new TaskFailure(name() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Where the task (for its source node) or a parent with this node as its only child delivers
     * a run of points, batch[from..to), in order. A node that {@link #takesRuns} takes the run
     * whole; any other takes it point by point, exactly as {@link #receive(Message)} would.
     */
    final void receiveRun(PointMessage[] batch, int from, int to, int inlet) {
        if (!takesRuns()) {
            for (int i = from; i < to; i++) {
                receive(batch[i], inlet);
            }
            return;
        }
        this.inlet = inlet;
        collected += to - from;
        if (collectedByInlet != null) {
            collectedByInlet[inlet] += to - from;
        }
        try {
            if (ctx.timed) {
                timedRun(batch, from, to);
                return;
            }
            points(batch, from, to);
        } catch (TaskFailure f) {
            throw f;
        } catch (RuntimeException e) {
            throw new TaskFailure(name() + ": " + e.getMessage(), e);
        }
    }

    /** As {@link #timedDispatch}, for a run: the node's own time per point of it. */
    private void timedRun(PointMessage[] batch, int from, int to) {
        long nested0 = ctx.nestedNanos;
        long t0 = System.nanoTime();
        try {
            points(batch, from, to);
        } finally {
            long total = System.nanoTime() - t0;
            recordExecTime((total - (ctx.nestedNanos - nested0)) / (to - from));
            ctx.nestedNanos = nested0 + total;
        }
    }

    /**
     * Whether the node takes a run of points whole ({@link #points}). Only a node with no effect
     * but what it emits may: its children then see every point of the run after the node has
     * seen them all, which nothing outside the task can tell from one point at a time.
     */
    protected boolean takesRuns() {
        return false;
    }

    /** A run of points, for a node that {@link #takesRuns}: by default one point at a time. */
    protected void points(PointMessage[] batch, int from, int to) {
        for (int i = from; i < to; i++) {
            point(batch[i]);
        }
    }

    /**
     * Hands a run of points on: whole to an only child, else point by point to every child in
     * link order, so that children beside each other still see the points in turn.
     */
    protected final void emitRun(PointMessage[] batch, int from, int to) {
        Node[] cs = children;
        if (cs.length == 1 && emittedByGroup == null) {
            cs[0].receiveRun(batch, from, to, childInlets[0]);
            return;
        }
        for (int i = from; i < to; i++) {
            emit(batch[i]);
        }
    }

    private void count(int from) {
        collected++;
        long[] byInlet = collectedByInlet;
        if (byInlet != null) {
            byInlet[from]++;
        }
    }

    /** Points, nearly all messages, go straight to {@link #point}: one virtual call, not two. */
    private void dispatch(Message m) {
        if (m instanceof PointMessage p) {
            point(p);
        } else {
            m.dispatch(this);
        }
    }

    /**
     * Every node a timed message reaches times itself, so a node's own time is its total less its
     * children's totals, which they leave in the task's context: two clock reads per node, none
     * around {@link #emit} (a clock read costs about 25 ns, as much as a node's whole hop).
     */
    private void timedDispatch(Message m) {
        long nested0 = ctx.nestedNanos;
        long t0 = System.nanoTime();
        try {
            dispatch(m);
        } finally {
            long total = System.nanoTime() - t0;
            recordExecTime(total - (ctx.nestedNanos - nested0));
            ctx.nestedNanos = nested0 + total;
        }
    }

    private void recordExecTime(long nanos) {
        long avg = avgExecTime;
        long next = avg == 0 ? nanos : avg + ((nanos - avg) >> EMA_SHIFT);
        avgExecTime = Math.max(next, 1);
    }

    /** Hands a message to every child, in link order. */
    protected final void emit(Message m) {
        Node[] cs = children;
        if (emittedByGroup != null && cs.length > 0) {
            emittedByGroup.count(m);
        }
        for (int i = 0; i < cs.length; i++) {
            cs[i].receive(m, childInlets[i]);
        }
    }

    /** A point or batch that could not be processed: counted, and logged unless the node is quiet. */
    protected final void error(String message, Throwable cause) {
        NodeStats.error(this);
        if (!spec.quiet()) {
            errorLog.log(message, cause);
        }
    }

    @Override
    public void point(PointMessage p) {
        throw new IllegalStateException(spec.type().method() + " does not support stream data");
    }

    @Override
    public void batch(BufferedBatchMessage b) {
        throw new IllegalStateException(spec.type().method() + " does not support batch data");
    }

    @Override
    public void barrier(BarrierMessage b) {
        emit(b);
    }

    @Override
    public void deleteGroup(DeleteGroupMessage d) {
        emit(d);
    }

    @Override
    public String toString() {
        return name();
    }
}

package dev.kapacitor.engine.runtime;

import dev.kapacitor.api.task.Dbrp;
import dev.kapacitor.engine.edge.Group;
import dev.kapacitor.engine.pipeline.NodeSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/** What the nodes of one executing task share: its id, dbrps, the engine services, its nodes and outputs. */
public final class TaskContext {
    /**
     * One message in 16 that enters the task (a point, a run of points, or a continuation) is
     * timed for avg_exec_time_ns; a timed run is timed in every point.
     */
    private static final int SAMPLE_MASK = 15;
    private final String taskId;
    private final List<Dbrp> dbrps;
    private final EngineServices services;
    private Map<NodeSpec, Node> nodes = Map.of();
    private final Map<String, HttpOutput> outputs = new ConcurrentHashMap<>();
    private volatile Consumer<Runnable> taskThread = Runnable::run;
    /** Null when groups never expire. */
    private final GroupExpiry expiry;
    /** Stands for every group when groups never expire: marking it costs a store, nothing more. */
    private final GroupActivity timeless = new GroupActivity(0);
    private long clock = Long.MIN_VALUE;
    private int messages;
    /** Whether every node the current message reaches times itself. */
    boolean timed;
    /** The total time of the timed nodes that returned, for their parent to subtract from its own. */
    long nestedNanos;

    public TaskContext(String taskId, EngineServices services) {
        this(taskId, List.of(), services);
    }

    public TaskContext(String taskId, List<Dbrp> dbrps, EngineServices services) {
        this(taskId, dbrps, 0, services);
    }

    /** @param groupIdleTtl nanoseconds of data time without data after which a group is forgotten; 0: never */
    public TaskContext(String taskId, List<Dbrp> dbrps, long groupIdleTtl, EngineServices services) {
        this.taskId = taskId;
        this.dbrps = List.copyOf(dbrps);
        this.services = services;
        this.expiry = groupIdleTtl > 0 ? new GroupExpiry(groupIdleTtl) : null;
    }

    public String taskId() {
        return taskId;
    }

    /** The databases and retention policies the task reads. */
    public List<Dbrp> dbrps() {
        return dbrps;
    }

    /** The executing node of a spec of this task (for stats()); available once all nodes are built. */
    public Node node(NodeSpec spec) {
        Node n = nodes.get(spec);
        if (n == null) {
            throw new IllegalStateException("no node found for " + spec.name());
        }
        return n;
    }

    void setNodes(Map<NodeSpec, Node> bySpec) {
        this.nodes = Map.copyOf(bySpec);
    }

    /**
     * The task's data time: the latest time of the data that entered the task, as Kapacitor's
     * time moves with the data. Long.MIN_VALUE before any data. Task thread only.
     */
    public long clock() {
        return clock;
    }

    void advanceClock(long time) {
        if (time > clock) {
            clock = time;
        }
    }

    /** A message enters the task: decides whether it is timed. */
    void nextMessage() {
        timed = (++messages & SAMPLE_MASK) == 0;
    }

    /** Whether groups expire at all (a group-idle-ttl is set). */
    boolean groupsExpire() {
        return expiry != null;
    }

    /** The groups that had no data for the group-idle-ttl, forgotten by the task from now on. */
    List<Group> expiredGroups() {
        return expiry == null ? List.of() : expiry.expired(clock);
    }

    /**
     * The activity of a group, for a node that keeps per-group state without {@link GroupStates}:
     * it marks it {@link #seen} on each data message and drops the state in Node.expire.
     */
    public GroupActivity activity(Group g) {
        return expiry == null ? timeless : expiry.activity(g, clock);
    }

    /** Data of the group was handled now: it stays alive for another group-idle-ttl. */
    public void seen(GroupActivity a) {
        a.lastSeen = clock;
    }

    public EngineServices services() {
        return services;
    }

    /**
     * Runs {@code r} on the task thread, after what is already queued: how work finished on
     * another thread (an HTTP response) re-enters the pipeline without racing it.
     */
    public void runOnTaskThread(Runnable r) {
        taskThread.accept(r);
    }

    void setTaskThread(Consumer<Runnable> runner) {
        this.taskThread = runner;
    }

    public void registerOutput(String endpoint, HttpOutput output) {
        outputs.put(endpoint, output);
    }

    public Optional<HttpOutput> output(String endpoint) {
        return Optional.ofNullable(outputs.get(endpoint));
    }
}

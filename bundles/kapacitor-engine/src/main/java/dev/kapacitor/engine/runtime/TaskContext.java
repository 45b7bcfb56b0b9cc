package dev.kapacitor.engine.runtime;

import dev.kapacitor.api.task.Dbrp;
import dev.kapacitor.engine.pipeline.NodeSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/** What the nodes of one executing task share: its id, dbrps, the engine services, its nodes and outputs. */
public final class TaskContext {
    private final String taskId;
    private final List<Dbrp> dbrps;
    private final EngineServices services;
    private Map<NodeSpec, Node> nodes = Map.of();
    private final Map<String, HttpOutput> outputs = new ConcurrentHashMap<>();
    private volatile Consumer<Runnable> taskThread = Runnable::run;

    public TaskContext(String taskId, EngineServices services) {
        this(taskId, List.of(), services);
    }

    public TaskContext(String taskId, List<Dbrp> dbrps, EngineServices services) {
        this.taskId = taskId;
        this.dbrps = List.copyOf(dbrps);
        this.services = services;
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

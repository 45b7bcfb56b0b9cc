package dev.kapacitor.engine.task;

import dev.kapacitor.api.model.Point;
import dev.kapacitor.api.task.Dbrp;
import dev.kapacitor.api.task.PointsWriter;
import dev.kapacitor.api.task.TaskException;
import dev.kapacitor.api.task.TaskType;
import dev.kapacitor.engine.edge.Group;
import dev.kapacitor.engine.edge.PointMessage;
import dev.kapacitor.engine.pipeline.FromSpec;
import dev.kapacitor.engine.pipeline.PipelineSpec;
import dev.kapacitor.engine.runtime.EngineServices;
import dev.kapacitor.engine.runtime.ExecutingTask;
import dev.kapacitor.engine.runtime.NodeRegistry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * The running tasks, and the routing of written points to them (Kapacitor's TaskMaster).
 * Writers never take a lock: they read an immutable route table that start and stop replace.
 */
public final class TaskMaster implements PointsWriter, AutoCloseable {
    /** The retention policy of writes that name none. */
    public static final String DEFAULT_RETENTION_POLICY = "autogen";
    private static final long STOP_WAIT_MILLIS = 10_000;

    private final NodeRegistry registry;
    private final EngineServices services;
    private final int queueCapacity;
    private final long writeTimeoutMillis;
    private final BiConsumer<String, String> onFailure;
    private final Map<String, StreamRoutes.Subscription> running = new ConcurrentHashMap<>();
    private final ScheduledFuture<?> throughputTimer;
    private volatile StreamRoutes routes = StreamRoutes.EMPTY;

    /**
     * @param queueCapacity      points each task may have waiting before writers wait
     * @param writeTimeoutMillis how long a writer waits for a full task before the write fails
     * @param onFailure          told (task id, error) when a running task fails by itself
     */
    public TaskMaster(NodeRegistry registry, EngineServices services, int queueCapacity, long writeTimeoutMillis,
                      BiConsumer<String, String> onFailure) {
        this.registry = registry;
        this.services = services;
        this.queueCapacity = queueCapacity;
        this.writeTimeoutMillis = writeTimeoutMillis;
        this.onFailure = onFailure;
        this.throughputTimer = services.scheduler().scheduleAtFixedRate(this::updateThroughput, 1, 1, TimeUnit.SECONDS);
    }

    /**
     * Starts a task; a task of the same id that runs is stopped first.
     *
     * @throws RuntimeException with the reason the task cannot start
     */
    public void start(String id, TaskType type, List<Dbrp> dbrps, PipelineSpec spec) {
        start(id, type, dbrps, 0, spec);
    }

    /**
     * As above, with the task's groups forgotten after {@code groupIdleTtl} nanoseconds of its
     * data time without data (0: never).
     */
    public synchronized void start(String id, TaskType type, List<Dbrp> dbrps, long groupIdleTtl, PipelineSpec spec) {
        if (dbrps.isEmpty()) {
            throw new IllegalStateException("task does contain any dbrps");
        }
        stop(id);
        ExecutingTask task = ExecutingTask.create(id, type, dbrps, groupIdleTtl, spec, registry, services, queueCapacity,
                this::failed);
        task.start();
        Set<String> measurements = new HashSet<>();
        boolean all = false;
        for (FromSpec f : spec.nodesOf(FromSpec.class)) {
            all |= f.measurement().isEmpty();
            measurements.add(f.measurement());
        }
        measurements.remove("");
        running.put(id, new StreamRoutes.Subscription(task, dbrps, measurements, all));
        rebuildRoutes();
    }

    /** Stops the task if it runs: it finishes the points already queued. */
    public synchronized void stop(String id) {
        StreamRoutes.Subscription s = running.remove(id);
        if (s != null) {
            rebuildRoutes();
            s.task().stop(STOP_WAIT_MILLIS);
        }
    }

    /** Deletes what the task left behind when it ran (its alert nodes' topics): it was deleted. */
    public void forget(String id) {
        services.alerts().deleteTaskTopics(id);
    }

    public boolean isExecuting(String id) {
        return running.containsKey(id);
    }

    /** The running tasks. */
    public List<ExecutingTask> executing() {
        List<ExecutingTask> out = new ArrayList<>(running.size());
        running.values().forEach(s -> out.add(s.task()));
        return out;
    }

    public Optional<ExecutingTask> executing(String id) {
        StreamRoutes.Subscription s = running.get(id);
        return s == null ? Optional.empty() : Optional.of(s.task());
    }

    private void rebuildRoutes() {
        routes = StreamRoutes.build(new ArrayList<>(running.values()));
    }

    /** Called on the failed task's worker: cleanup goes to another thread, since stop() waits for the task to finish. */
    private void failed(ExecutingTask task) {
        services.scheduler().execute(() -> {
            synchronized (this) {
                StreamRoutes.Subscription s = running.get(task.id());
                if (s == null || s.task() != task) {
                    return;
                }
                stop(task.id());
            }
            onFailure.accept(task.id(), task.failure());
        });
    }

    private void updateThroughput() {
        for (StreamRoutes.Subscription s : running.values()) {
            s.task().updateThroughput();
        }
    }

    /**
     * Hands points to every running task that reads their db/rp and measurement, in order.
     * Tasks with room take them at once; only then does the writer wait for tasks whose queue
     * is full, so a stuck task never delays the others. If a task has no room before the write
     * timeout, the write fails (500) after every other task got its points.
     */
    @Override
    public void writePoints(String database, String retentionPolicy, List<Point> points) {
        String rp = retentionPolicy == null || retentionPolicy.isEmpty() ? DEFAULT_RETENTION_POLICY : retentionPolicy;
        StreamRoutes.DbrpRoute route = routes.lookup(database, rp);
        if (route == null || points.isEmpty()) {
            return;
        }
        PointMessage[] all = new PointMessage[points.size()];
        for (int i = 0; i < all.length; i++) {
            Point p = points.get(i);
            all[i] = new PointMessage(database.equals(p.database()) && rp.equals(p.retentionPolicy()) ? p
                    : p.withDbrp(database, rp), Group.NIL);
        }
        PointMessage[][] perTask = new PointMessage[route.tasks.length][];
        int[] counts = new int[route.tasks.length];
        int[] takers = route.takesAll() ? route.anyMeasurement : route.tasksForAll(all);
        if (takers != null) {
            // every point goes to these tasks: they share the one array
            for (int t : takers) {
                perTask[t] = all;
                counts[t] = all.length;
            }
        } else {
            for (PointMessage m : all) {
                for (int t : route.tasksFor(m.name())) {
                    if (perTask[t] == null) {
                        perTask[t] = new PointMessage[all.length];
                    }
                    perTask[t][counts[t]++] = m;
                }
            }
        }
        deliver(route.tasks, perTask, counts);
    }

    private void deliver(ExecutingTask[] tasks, PointMessage[][] perTask, int[] counts) {
        try {
            List<Integer> full = null;
            for (int t = 0; t < tasks.length; t++) {
                if (counts[t] > 0 && !tasks[t].offer(perTask[t], counts[t], 0, TimeUnit.MILLISECONDS)) {
                    full = full == null ? new ArrayList<>() : full;
                    full.add(t);
                }
            }
            if (full == null) {
                return;
            }
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(writeTimeoutMillis);
            String timedOut = null;
            for (int t : full) {
                long wait = Math.max(0, deadline - System.nanoTime());
                if (!tasks[t].offer(perTask[t], counts[t], wait, TimeUnit.NANOSECONDS) && timedOut == null) {
                    timedOut = tasks[t].id();
                }
            }
            if (timedOut != null) {
                throw new TaskException(500, "timeout writing points: task " + timedOut
                        + " did not take them within " + writeTimeoutMillis + " ms");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TaskException(500, "interrupted while writing points");
        }
    }

    /** Stops every task. */
    @Override
    public synchronized void close() {
        throughputTimer.cancel(false);
        for (String id : new ArrayList<>(running.keySet())) {
            stop(id);
        }
    }
}

package dev.kapacitor.http;

import dev.kapacitor.api.model.Point;
import dev.kapacitor.api.model.Result;
import dev.kapacitor.api.model.Row;
import dev.kapacitor.api.task.DotView;
import dev.kapacitor.api.task.HttpOutService;
import dev.kapacitor.api.task.PointsWriter;
import dev.kapacitor.api.task.Task;
import dev.kapacitor.api.task.TaskDefinition;
import dev.kapacitor.api.task.TaskException;
import dev.kapacitor.api.task.TaskService;
import dev.kapacitor.api.task.TaskStatus;
import dev.kapacitor.api.task.TaskType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A task store that keeps definitions in a map and records writes, to drive the servlet. */
final class InMemoryEngine implements TaskService, PointsWriter, HttpOutService {
    static final Instant CREATED = Instant.parse("2024-01-02T03:04:05Z");
    /** Writes to this database wait until {@link #unstick} opens. */
    static final String STUCK_DB = "stuck";

    final Map<String, Task> tasks = new TreeMap<>();
    final List<Point> written = new ArrayList<>();
    /** How many points each call to writePoints brought. */
    final List<Integer> writes = new ArrayList<>();
    final CountDownLatch unstick = new CountDownLatch(1);
    /** Counted down by each writer as it gets stuck. */
    volatile CountDownLatch stuckWriters = new CountDownLatch(0);
    final Map<String, Result> outputs = new TreeMap<>();
    /** The view the last get or list asked for. */
    DotView lastDotView;

    @Override
    public synchronized Task create(TaskDefinition d) {
        if (tasks.containsKey(d.id())) {
            throw new TaskException(400, "task " + d.id() + " already exists");
        }
        boolean enabled = d.status() == TaskStatus.ENABLED;
        Task t = new Task(d.id(), d.templateId(), d.type() == null ? TaskType.STREAM : d.type(), d.dbrps(),
                d.script(), d.vars(), "digraph " + d.id() + " {\n}", d.status(), enabled, "", null, CREATED,
                CREATED, enabled ? CREATED : null, d.groupIdleTtl());
        tasks.put(t.id(), t);
        return t;
    }

    @Override
    public synchronized Task update(String id, TaskDefinition patch) {
        Task t = Optional.ofNullable(tasks.get(id)).orElseThrow(() -> new TaskException(404, "task does not exist, cannot update"));
        TaskStatus status = patch.status() == null ? t.status() : patch.status();
        Task u = new Task(t.id(), t.templateId(), t.type(), t.dbrps(),
                patch.script() == null ? t.script() : patch.script(), t.vars(), t.dot(), status,
                status == TaskStatus.ENABLED, t.error(), t.stats(), t.created(), CREATED.plusSeconds(1),
                t.lastEnabled(), patch.groupIdleTtl() == null ? t.groupIdleTtl()
                : patch.groupIdleTtl().isEmpty() ? null : patch.groupIdleTtl());
        tasks.put(id, u);
        return u;
    }

    @Override
    public synchronized Optional<Task> get(String id, DotView view) {
        lastDotView = view;
        return Optional.ofNullable(tasks.get(id));
    }

    @Override
    public synchronized List<Task> list(DotView view) {
        lastDotView = view;
        return new ArrayList<>(tasks.values());
    }

    @Override
    public synchronized void delete(String id) {
        if (tasks.remove(id) == null) {
            throw new TaskException(404, "no task exists");
        }
    }

    @Override
    public void writePoints(String database, String retentionPolicy, List<Point> points) {
        if (database.equals(STUCK_DB)) {
            try {
                // as a task whose queue stays full holds its writers up to the write timeout
                stuckWriters.countDown();
                unstick.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        record(points);
    }

    private synchronized void record(List<Point> points) {
        writes.add(points.size());
        written.addAll(points);
        for (Point p : points) {
            List<Object> values = new ArrayList<>();
            values.add(Instant.ofEpochSecond(0, p.time()).toString());
            values.add(p.fields().valueAt(0));
            Row row = new Row(p.name(), p.tags().toMap(), List.of("time", p.fields().keyAt(0)), List.of(values));
            tasks.keySet().forEach(id -> outputs.put(id + "/out", Result.of(List.of(row))));
        }
    }

    @Override
    public synchronized Optional<Result> httpOut(String taskId, String endpoint) {
        return Optional.ofNullable(outputs.get(taskId + "/" + endpoint));
    }
}

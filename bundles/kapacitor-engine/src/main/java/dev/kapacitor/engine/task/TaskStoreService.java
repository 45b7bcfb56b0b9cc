package dev.kapacitor.engine.task;

import dev.kapacitor.api.gofmt.GoQuote;
import dev.kapacitor.api.task.Dbrp;
import dev.kapacitor.api.task.DotView;
import dev.kapacitor.api.task.Task;
import dev.kapacitor.api.task.TaskDefinition;
import dev.kapacitor.api.task.TaskException;
import dev.kapacitor.api.task.TaskService;
import dev.kapacitor.api.task.TaskStatus;
import dev.kapacitor.api.task.TaskType;
import dev.kapacitor.engine.pipeline.NodeCatalog;
import dev.kapacitor.engine.pipeline.PipelineSpec;
import dev.kapacitor.engine.pipeline.SpecException;
import dev.kapacitor.engine.runtime.ExecutingTask;
import dev.kapacitor.engine.tick.ProgramInfo;
import dev.kapacitor.tickscript.ast.Program;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tasks with Kapacitor 1.5's rules (services/task_store): id check, type inferred from the
 * script, dbrps from the script or the request but not both, start on enable with the error
 * kept on the task, stop on disable or delete. Changes are serialized; reads are lock-free.
 */
public final class TaskStoreService implements TaskService {
    private static final Logger LOG = LoggerFactory.getLogger(TaskStoreService.class);
    private static final Pattern VALID_ID = Pattern.compile("^[-._\\p{L}0-9]+$");

    private final TaskStore store;
    private final TaskMaster master;
    private final TaskCompiler compiler;
    private final Clock clock;
    private final long groupIdleTtl;
    private final Map<String, Entry> tasks = new ConcurrentHashMap<>();

    /** A stored task with its pipeline, or why the pipeline cannot be built. */
    private record Entry(TaskRecord record, PipelineSpec spec, String specError) {
    }

    public TaskStoreService(TaskStore store, TaskMaster master, NodeCatalog catalog, Clock clock) {
        this(store, master, catalog, clock, 0);
    }

    /** @param groupIdleTtl the engine's group-idle-ttl in nanoseconds, for tasks without their own; 0: none */
    public TaskStoreService(TaskStore store, TaskMaster master, NodeCatalog catalog, Clock clock, long groupIdleTtl) {
        this.store = store;
        this.master = master;
        this.compiler = new TaskCompiler(catalog);
        this.clock = clock;
        this.groupIdleTtl = groupIdleTtl;
    }

    /** Loads the stored tasks and starts the enabled ones; a task that cannot start keeps the error. */
    public synchronized void open() throws IOException {
        for (TaskRecord r : store.loadAll()) {
            Entry e = entry(r);
            tasks.put(r.id(), e);
            if (r.status() == TaskStatus.ENABLED) {
                try {
                    start(e);
                } catch (TaskException ex) {
                    LOG.error("task {} cannot start: {}", r.id(), ex.getMessage());
                }
            }
        }
    }

    @Override
    public synchronized Task create(TaskDefinition d) {
        String id = d.id() == null || d.id().isEmpty() ? UUID.randomUUID().toString() : d.id();
        if (!VALID_ID.matcher(id).matches()) {
            throw new TaskException(400, "task ID must contain only letters, numbers, '-', '.' and '_'. "
                    + GoQuote.quote(id));
        }
        if (tasks.containsKey(id)) {
            throw new TaskException(400, "task " + id + " already exists");
        }
        checkNoTemplate(d.templateId());
        if (d.script() == null || d.script().isEmpty()) {
            throw new TaskException(400, "must provide TICKscript");
        }
        Program program = compiler.parse(d.script());
        TaskType type = inferType(program);
        TaskStatus status = d.status() == null ? TaskStatus.DISABLED : d.status();
        String ttl = GroupIdleTtl.ofTask(d.groupIdleTtl());
        Instant now = clock.instant();
        List<Dbrp> given = d.dbrps() == null ? List.of() : d.dbrps();
        TaskRecord r = new TaskRecord(id, "", type, given, d.script(), d.vars(), status, "", now, now,
                status == TaskStatus.ENABLED ? now : null, ttl);
        PipelineSpec spec = compiler.validate(r);
        List<Dbrp> fromScript = ProgramInfo.dbrps(program);
        if (fromScript.isEmpty() && given.isEmpty()) {
            throw new TaskException(400, "must specify dbrp");
        }
        if (!fromScript.isEmpty() && !given.isEmpty()) {
            throw new TaskException(400, "cannot specify dbrp in both implicitly and explicitly");
        }
        if (!fromScript.isEmpty()) {
            r = new TaskRecord(id, "", type, fromScript, r.script(), r.vars(), status, "", now, now, r.lastEnabled(), ttl);
        }
        Entry e = new Entry(r, spec, null);
        save(e);
        if (status == TaskStatus.ENABLED) {
            start(e);
        }
        return toTask(tasks.get(id), DotView.ATTRIBUTES);
    }

    @Override
    public synchronized Task update(String id, TaskDefinition patch) {
        Entry original = tasks.get(id);
        if (original == null) {
            throw new TaskException(404, "task does not exist, cannot update");
        }
        TaskRecord o = original.record();
        String newId = patch.id() == null || patch.id().isEmpty() ? id : patch.id();
        if (!newId.equals(id) && !VALID_ID.matcher(newId).matches()) {
            throw new TaskException(400, "task ID must contain only letters, numbers, '-', '.' and '_'. "
                    + GoQuote.quote(newId));
        }
        checkNoTemplate(patch.templateId());
        String script = o.script();
        List<Dbrp> patchDbrps = patch.dbrps() == null ? List.of() : patch.dbrps();
        if (patch.script() != null && !patch.script().isEmpty()) {
            Program oldProgram = compiler.parse(o.script());
            Program newProgram = compiler.parse(patch.script());
            if (!ProgramInfo.dbrps(oldProgram).isEmpty() && ProgramInfo.dbrps(newProgram).isEmpty()
                    && patchDbrps.isEmpty()) {
                throw new TaskException(400, "must specify dbrp");
            }
            script = patch.script();
        }
        Program program = compiler.parse(script);
        List<Dbrp> fromScript = ProgramInfo.dbrps(program);
        if (!fromScript.isEmpty() && !patchDbrps.isEmpty()) {
            throw new TaskException(400, "cannot specify dbrp in implicitly and explicitly");
        }
        List<Dbrp> dbrps = !fromScript.isEmpty() ? fromScript : !patchDbrps.isEmpty() ? patchDbrps : o.dbrps();
        TaskStatus status = patch.status() == null ? o.status() : patch.status();
        boolean statusChanged = status != o.status();
        var vars = patch.vars() == null || patch.vars().isEmpty() ? o.vars() : patch.vars();
        String ttl = patch.groupIdleTtl() == null ? o.groupIdleTtl() : GroupIdleTtl.ofTask(patch.groupIdleTtl());
        TaskType type = inferType(program);
        Instant now = clock.instant();
        Instant lastEnabled = statusChanged && status == TaskStatus.ENABLED ? now : o.lastEnabled();
        TaskRecord r = new TaskRecord(newId, o.templateId(), type, dbrps, script, vars, status, o.error(),
                o.created(), now, lastEnabled, ttl);
        Entry updated = new Entry(r, compiler.validate(r), null);
        if (!newId.equals(id)) {
            rename(original, updated);
        } else {
            save(updated);
        }
        if (statusChanged) {
            if (status == TaskStatus.ENABLED) {
                start(updated);
            } else {
                master.stop(id);
            }
        }
        return toTask(tasks.get(newId), DotView.ATTRIBUTES);
    }

    private void rename(Entry original, Entry updated) {
        String newId = updated.record().id();
        if (tasks.containsKey(newId)) {
            throw new TaskException(500, "failed to create new task during ID change: task already exists");
        }
        save(updated);
        String oldId = original.record().id();
        tasks.remove(oldId);
        try {
            store.delete(oldId);
        } catch (IOException e) {
            LOG.error("failed to delete old task definition during ID change old={} new={}: {}", oldId, newId, e);
        }
        if (original.record().status() == TaskStatus.ENABLED && updated.record().status() == TaskStatus.ENABLED) {
            master.stop(oldId);
            start(updated);
        }
    }

    /** Kapacitor's num_tasks. */
    public long count() {
        return tasks.size();
    }

    /** Kapacitor's num_enabled_tasks. */
    public long enabledCount() {
        return tasks.values().stream().filter(e -> e.record().status() == TaskStatus.ENABLED).count();
    }

    @Override
    public Optional<Task> get(String id, DotView dotView) {
        Entry e = tasks.get(id);
        return e == null ? Optional.empty() : Optional.of(toTask(e, dotView));
    }

    @Override
    public List<Task> list(DotView dotView) {
        List<Entry> entries = new ArrayList<>(tasks.values());
        entries.sort(Comparator.comparing(e -> e.record().id()));
        List<Task> out = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            out.add(toTask(e, dotView));
        }
        return out;
    }

    /** Kapacitor answers 204 for a task that does not exist, so this does too (no exception). */
    @Override
    public synchronized void delete(String id) {
        Entry e = tasks.get(id);
        if (e == null) {
            return;
        }
        if (e.record().status() == TaskStatus.ENABLED) {
            master.stop(id);
        }
        try {
            store.delete(id);
        } catch (IOException ex) {
            throw new TaskException(500, "failed to delete task " + id + ": " + ex.getMessage());
        }
        tasks.remove(id);
        master.forget(id);
    }

    /**
     * Tries again the tasks whose script could not be evaluated (a handler they name was not
     * installed yet, as at boot) and starts those that are enabled and now evaluate.
     */
    public synchronized void retryUnevaluated() {
        for (Entry e : new ArrayList<>(tasks.values())) {
            if (e.spec() != null) {
                continue;
            }
            Entry again = entry(e.record());
            if (again.spec() == null) {
                continue;
            }
            tasks.put(again.record().id(), again);
            if (again.record().status() == TaskStatus.ENABLED && !master.isExecuting(again.record().id())) {
                try {
                    start(again);
                } catch (TaskException ex) {
                    LOG.error("task {} cannot start: {}", again.record().id(), ex.getMessage());
                }
            }
        }
    }

    /** Keeps the error of a task that failed while running; it stays enabled, as in Kapacitor. */
    public synchronized void taskFailed(String id, String error) {
        Entry e = tasks.get(id);
        if (e != null) {
            saveQuietly(new Entry(e.record().withError(error), e.spec(), e.specError()));
        }
    }

    private void start(Entry e) {
        TaskRecord r = e.record();
        saveQuietly(new Entry(r.withError(""), e.spec(), e.specError()));
        try {
            if (e.spec() == null) {
                throw new SpecException(e.specError());
            }
            long ttl = r.groupIdleTtl() == null ? groupIdleTtl : GroupIdleTtl.nanos(r.groupIdleTtl());
            master.start(r.id(), r.type(), r.dbrps(), ttl, e.spec());
        } catch (RuntimeException ex) {
            String msg = ex.getMessage() == null ? ex.toString() : ex.getMessage();
            saveQuietly(new Entry(r.withError(msg), e.spec(), e.specError()));
            throw new TaskException(500, msg, ex);
        }
    }

    private static void checkNoTemplate(String templateId) {
        if (templateId != null && !templateId.isEmpty()) {
            throw new TaskException(400, "unknown template " + templateId + ": err: no template exists");
        }
    }

    private static TaskType inferType(Program program) {
        TaskType t = ProgramInfo.taskType(program);
        if (t == null) {
            throw new TaskException(400, "invalid task type: invalid");
        }
        return t;
    }

    private Entry entry(TaskRecord r) {
        try {
            return new Entry(r, compiler.pipeline(r.script(), r.type(), r.vars()), null);
        } catch (SpecException | TaskException e) {
            return new Entry(r, null, e.getMessage());
        }
    }

    private void save(Entry e) {
        try {
            store.save(e.record());
        } catch (IOException ex) {
            throw new TaskException(500, "failed to save task " + e.record().id() + ": " + ex.getMessage(), ex);
        }
        tasks.put(e.record().id(), e);
    }

    private void saveQuietly(Entry e) {
        try {
            save(e);
        } catch (TaskException ex) {
            LOG.error("{}", ex.getMessage());
        }
    }

    private Task toTask(Entry e, DotView dotView) {
        TaskRecord r = e.record();
        Optional<ExecutingTask> running = master.executing(r.id());
        String dot = "";
        Map<String, Object> stats = Map.of();
        String error = r.error();
        if (e.spec() == null) {
            error = e.specError();
        } else if (running.isPresent()) {
            dot = running.get().dot(dotView == DotView.LABELS);
            stats = running.get().executionStats();
        } else {
            dot = e.spec().dot(r.id());
        }
        return new Task(r.id(), r.templateId(), r.type(), r.dbrps(), r.script(), r.vars(), dot, r.status(),
                running.isPresent(), error, stats, r.created(), r.modified(), r.lastEnabled(), r.groupIdleTtl());
    }
}

package dev.kapacitor.engine.task;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kapacitor.api.task.Dbrp;
import dev.kapacitor.api.task.TaskStatus;
import dev.kapacitor.api.task.TaskType;
import dev.kapacitor.api.task.TaskVar;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tasks on disk, one JSON file per task in {@code <data-dir>/tasks}. A save writes a temporary
 * file, forces it to disk, renames it over the old file atomically and forces the directory,
 * so after a crash each task file is either the old or the new version, never a torn one.
 */
public final class TaskStore {
    private static final Logger LOG = LoggerFactory.getLogger(TaskStore.class);
    private static final String SUFFIX = ".json";
    private static final int FORMAT = 1;

    private final Path dir;
    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public TaskStore(Path dataDir) throws IOException {
        this.dir = dataDir.resolve("tasks");
        Files.createDirectories(dir);
    }

    /** Every stored task; leftovers of interrupted saves are removed, unreadable files skipped and logged. */
    public List<TaskRecord> loadAll() throws IOException {
        List<TaskRecord> out = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                if (name.endsWith(AtomicFile.TMP)) {
                    Files.deleteIfExists(f);
                } else if (name.endsWith(SUFFIX)) {
                    try {
                        out.add(json.readValue(f.toFile(), Stored.class).toRecord());
                    } catch (IOException | RuntimeException e) {
                        LOG.error("cannot read task file {}: {}", f, e.toString());
                    }
                }
            }
        }
        return out;
    }

    public void save(TaskRecord r) throws IOException {
        AtomicFile.write(file(r.id()), json.writerWithDefaultPrettyPrinter().writeValueAsBytes(Stored.of(r)));
    }

    public void delete(String id) throws IOException {
        AtomicFile.delete(file(id));
    }

    private Path file(String id) {
        return dir.resolve(id + SUFFIX);
    }

    /** The file format: plain strings for enums and times, so it needs no Jackson modules. */
    record Stored(int format, String id, String templateId, String type, List<Dbrp> dbrps, String script,
                  Map<String, TaskVar> vars, String status, String error, String created, String modified,
                  String lastEnabled, String groupIdleTtl) {
        static Stored of(TaskRecord r) {
            return new Stored(FORMAT, r.id(), r.templateId(), r.type().jsonName(), r.dbrps(), r.script(), r.vars(),
                    r.status().jsonName(), r.error(), str(r.created()), str(r.modified()), str(r.lastEnabled()),
                    r.groupIdleTtl());
        }

        TaskRecord toRecord() {
            return new TaskRecord(id, templateId, TaskType.fromJson(type), dbrps == null ? List.of() : dbrps, script,
                    TaskVars.fromStored(vars), TaskStatus.fromJson(status), error, time(created), time(modified),
                    time(lastEnabled), groupIdleTtl);
        }

        private static String str(Instant t) {
            return t == null ? null : t.toString();
        }

        private static Instant time(String s) {
            return s == null ? null : Instant.parse(s);
        }
    }
}

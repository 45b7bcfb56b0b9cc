package dev.kapacitor.engine.alert;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kapacitor.api.alert.TopicHandlerSpec;
import dev.kapacitor.engine.task.AtomicFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/**
 * The topic handler specs in {@code <data-dir>/alerts/handlers.json}, all in one file replaced
 * atomically on every change (specs change rarely); no file when the engine has no data dir.
 */
final class HandlerSpecStore {
    private static final TypeReference<List<TopicHandlerSpec>> SPECS = new TypeReference<>() {
    };

    private final Path file;
    private final ObjectMapper json = new ObjectMapper();

    /** @param dataDir null to keep nothing */
    HandlerSpecStore(Path dataDir) throws IOException {
        if (dataDir == null) {
            file = null;
            return;
        }
        Path dir = dataDir.resolve("alerts");
        Files.createDirectories(dir);
        file = dir.resolve("handlers.json");
    }

    List<TopicHandlerSpec> load() throws IOException {
        if (file == null || !Files.exists(file)) {
            return List.of();
        }
        return json.readValue(file.toFile(), SPECS);
    }

    void save(Collection<TopicHandlerSpec> specs) throws IOException {
        if (file != null) {
            AtomicFile.write(file, json.writerFor(SPECS).writeValueAsBytes(List.copyOf(specs)));
        }
    }
}

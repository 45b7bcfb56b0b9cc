package dev.kapacitor.engine.alert;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kapacitor.api.alert.AlertLevel;
import dev.kapacitor.engine.task.AtomicFile;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Topic states on disk, one JSON file per topic in {@code <data-dir>/alerts/topics}, named by
 * the URL-encoded topic id (ids contain {@code :}); each save replaces the file atomically.
 */
final class FileTopicStore implements TopicStore {
    private static final String SUFFIX = ".json";
    private static final int FORMAT = 1;

    private final Path dir;
    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    FileTopicStore(Path dataDir) throws IOException {
        this.dir = dataDir.resolve("alerts").resolve("topics");
        Files.createDirectories(dir);
    }

    @Override
    public Map<String, EventState> load(String topic) throws IOException {
        Path f = file(topic);
        if (!Files.exists(f)) {
            return Map.of();
        }
        Stored s = json.readValue(f.toFile(), Stored.class);
        Map<String, EventState> out = new HashMap<>();
        s.events().forEach((id, e) -> out.put(id, e.toState(id)));
        return out;
    }

    @Override
    public void save(String topic, Map<String, EventState> states) throws IOException {
        Map<String, StoredEvent> events = new HashMap<>();
        states.forEach((id, s) -> events.put(id, StoredEvent.of(s)));
        AtomicFile.write(file(topic), json.writeValueAsBytes(new Stored(FORMAT, topic, events)));
    }

    @Override
    public void delete(String topic) throws IOException {
        AtomicFile.delete(file(topic));
    }

    @Override
    public Iterable<String> topics() throws IOException {
        List<String> out = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                if (name.endsWith(SUFFIX)) {
                    out.add(URLDecoder.decode(name.substring(0, name.length() - SUFFIX.length()), StandardCharsets.UTF_8));
                }
            }
        }
        return out;
    }

    private Path file(String topic) {
        return dir.resolve(URLEncoder.encode(topic, StandardCharsets.UTF_8) + SUFFIX);
    }

    /** The file format; times and durations in nanoseconds. */
    record Stored(int format, String topic, Map<String, StoredEvent> events) {
        Stored {
            events = events == null ? Map.of() : events;
        }
    }

    record StoredEvent(String message, String details, long time, long duration, String level) {
        static StoredEvent of(EventState s) {
            return new StoredEvent(s.message(), s.details(), s.time(), s.duration(), s.level().name());
        }

        EventState toState(String id) {
            return new EventState(id, message, details, time, duration, AlertLevel.parse(level));
        }
    }
}

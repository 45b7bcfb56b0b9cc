package dev.kapacitor.engine.nodes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The values files of a sideload source directory, read once: relative path to the file's
 * top-level keys. JSON files are read as Go reads them (every number a float64); files with
 * other extensions hold no values. YAML files are refused: this version reads JSON only.
 */
final class SideloadSource {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Map<String, Object>> files;

    private SideloadSource(Map<String, Map<String, Object>> files) {
        this.files = files;
    }

    /** @throws IllegalArgumentException with Kapacitor's reasons (scheme, relative path, unreadable file) */
    static SideloadSource open(String source) {
        Path dir = directory(source);
        Map<String, Map<String, Object>> files = new HashMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                String rel = dir.relativize(p).toString();
                if (rel.isEmpty() || rel.charAt(0) == '.') {
                    throw new IllegalArgumentException("failed to update sideload cache for source \"" + dir + "\": invalid relative path");
                }
                files.put(rel, read(p));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalArgumentException("failed to update sideload cache for source \"" + dir + "\": " + e.getMessage(), e);
        }
        return new SideloadSource(files);
    }

    private static Path directory(String source) {
        URI uri;
        try {
            uri = new URI(source);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        if (!"file".equals(uri.getScheme())) {
            throw new IllegalArgumentException("unsupported source scheme \"" + (uri.getScheme() == null ? "" : uri.getScheme())
                    + "\", must be 'file'");
        }
        String path = uri.getPath();
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("sideload source path must be absolute \"" + (path == null ? "" : path) + "\"");
        }
        return Path.of(path).normalize();
    }

    private static Map<String, Object> read(Path p) throws IOException {
        String name = p.getFileName().toString();
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            throw new IOException("yaml values files are not supported, use json: \"" + p + "\"");
        }
        if (!name.endsWith(".json")) {
            return Map.of();
        }
        try {
            Map<String, Object> values = new HashMap<>();
            JSON.readValue(p.toFile(), Map.class).forEach((k, v) -> values.put((String) k, goValue(v)));
            return values;
        } catch (JsonProcessingException e) {
            throw new IOException("failed to unmarshal json values \"" + p + "\": " + e.getOriginalMessage(), e);
        }
    }

    /** JSON numbers as Go decodes them into interface{}: float64. */
    private static Object goValue(Object v) {
        return v instanceof Number n ? (Object) n.doubleValue() : v;
    }

    /** The value of the key in the first file of the order that has it (not null), else null. */
    Object lookup(String[] order, String key) {
        for (String o : order) {
            Map<String, Object> values = files.get(o);
            if (values != null) {
                Object v = values.get(key);
                if (v != null) {
                    return v;
                }
                if (values.containsKey(key)) {
                    return null;
                }
            }
        }
        return null;
    }
}

package dev.kapacitor.tickscript;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads a corpus resource: scripts each after a {@code #### name} line. */
final class Corpus {
    private Corpus() {
    }

    static Map<String, String> read(String resource) throws IOException {
        Map<String, String> scripts = new LinkedHashMap<>();
        try (InputStream in = Corpus.class.getResourceAsStream("corpus/" + resource)) {
            if (in == null) {
                throw new IOException("no resource corpus/" + resource);
            }
            String name = null;
            StringBuilder script = new StringBuilder();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
                if (line.startsWith("#### ")) {
                    if (name != null) {
                        scripts.put(name, script.toString());
                    }
                    name = line.substring(5);
                    script.setLength(0);
                } else {
                    script.append(line).append('\n');
                }
            }
            scripts.put(name, script.toString());
        }
        return scripts;
    }
}

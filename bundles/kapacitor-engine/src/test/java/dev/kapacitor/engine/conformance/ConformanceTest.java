package dev.kapacitor.engine.conformance;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kapacitor.alert.post.PostHandlerFactory;
import dev.kapacitor.api.lineprotocol.LineProtocolParser;
import dev.kapacitor.api.lineprotocol.Precision;
import dev.kapacitor.api.task.Dbrp;
import dev.kapacitor.api.task.TaskDefinition;
import dev.kapacitor.api.task.TaskException;
import dev.kapacitor.api.task.TaskStatus;
import dev.kapacitor.api.task.TaskType;
import dev.kapacitor.engine.Engine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

/**
 * Runs the golden cases recorded from Kapacitor 1.5 (/work/shared/conformance/cases) in
 * process: defines each task through the TaskService, writes input.lp through the points
 * writer, captures httpPost bodies and compares them with expected.json. The cases listed in
 * the project's conformance-skip.txt (the list .ci/run hands to run.py) are left out, so both
 * runs agree on what must pass. {@code -Dconformance.cases=DIR}, {@code -Dconformance.skip=FILE}
 * and {@code -Dconformance.only=prefix,prefix} choose the cases.
 */
@RunWith(Parameterized.class)
public class ConformanceTest {
    private static final Path CASES = Path.of(System.getProperty("conformance.cases", "../../../shared/conformance/cases"));
    private static final Path SKIP = Path.of(System.getProperty("conformance.skip", "../../conformance-skip.txt"));
    private static final String ONLY = System.getProperty("conformance.only", "");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Collector collector;
    private static Engine engine;
    private static Path dataDir;

    private final String name;

    public ConformanceTest(String name) {
        this.name = name;
    }

    @Parameterized.Parameters(name = "{0}")
    public static Collection<Object[]> cases() throws IOException {
        List<Object[]> out = new ArrayList<>();
        if (!Files.isDirectory(CASES)) {
            throw new IOException("no conformance cases at " + CASES.toAbsolutePath() + " (../shared beside the project)");
        }
        Set<String> skipped = skipped();
        try (Stream<Path> dirs = Files.list(CASES)) {
            dirs.map(p -> p.getFileName().toString()).sorted()
                    .filter(n -> !skipped.contains(n))
                    .filter(n -> Stream.of(ONLY.split(",")).anyMatch(n::startsWith))
                    .forEach(n -> out.add(new Object[] {n}));
        }
        return out;
    }

    private static Set<String> skipped() throws IOException {
        Set<String> out = new HashSet<>();
        for (String line : Files.readAllLines(SKIP)) {
            String name = line.replaceFirst("#.*", "").trim();
            if (!name.isEmpty()) {
                out.add(name);
            }
        }
        return out;
    }

    @BeforeClass
    public static void open() throws IOException {
        collector = new Collector();
        dataDir = Files.createTempDirectory("kapacitor-conformance");
        engine = Engine.open(new Engine.Settings(dataDir, 10_000, 5_000));
        engine.alertHandlers().add("post", new PostHandlerFactory());
    }

    @AfterClass
    public static void close() {
        if (engine != null) {
            engine.close();
        }
        if (collector != null) {
            collector.close();
        }
    }

    @Test
    public void matchesKapacitor() throws Exception {
        Path dir = CASES.resolve(name);
        JsonNode caseJson = JSON.readTree(dir.resolve("case.json").toFile());
        JsonNode expected = JSON.readTree(dir.resolve("expected.json").toFile());
        String script = Files.readString(dir.resolve("task.tick"));
        String prefix = "/" + name;
        Path alertLog = dataDir.resolve(name + ".log");
        script = script.replace("{{COLLECTOR}}", collector.url() + prefix).replace("{{ALERTLOG}}", alertLog.toString());
        String id = "conf-" + name;
        TaskDefinition def = new TaskDefinition(id, null, TaskType.STREAM, dbrps(caseJson), script, TaskStatus.ENABLED, null);
        try {
            if (!define(def, expected)) {
                return;
            }
            write(caseJson, Files.readAllLines(dir.resolve("input.lp"), StandardCharsets.UTF_8));
            compare(expected.path("outputs"), collector.await(prefix + "/", count(expected.path("outputs")), 10_000, 300));
            if (expected.has("log")) {
                compareLog(expected.get("log"), alertLog);
            }
        } finally {
            engine.tasks().delete(id);
        }
    }

    /** False when the case expects the define to fail (and it did as expected). */
    private static boolean define(TaskDefinition def, JsonNode expected) {
        JsonNode expectedDefine = expected.path("define");
        try {
            engine.tasks().create(def);
        } catch (TaskException e) {
            if (!expectedDefine.isMissingNode() && e.status() == expectedDefine.path("status").asInt()) {
                return false;
            }
            fail("define failed with " + e.status() + ": " + e.getMessage());
        }
        if (!expectedDefine.isMissingNode()) {
            fail("expected the define to fail with " + expectedDefine.path("status").asInt());
        }
        return true;
    }

    private static List<Dbrp> dbrps(JsonNode c) {
        List<Dbrp> out = new ArrayList<>();
        if (c.has("dbrps")) {
            c.get("dbrps").forEach(d -> out.add(new Dbrp(d.get("db").asText(), d.get("rp").asText())));
        } else {
            out.add(new Dbrp(c.get("db").asText(), c.get("rp").asText()));
        }
        return out;
    }

    private static void write(JsonNode c, List<String> lines) throws InterruptedException {
        String db = c.get("db").asText();
        String rp = c.get("rp").asText();
        int chunk = c.path("chunk").asInt(1);
        long delay = c.path("write_delay_ms").asLong(0);
        List<String> pending = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("#!")) {
                flush(db, rp, pending);
                String[] d = line.substring(2).trim().split("\\s+", 2);
                switch (d[0]) {
                    case "db" -> db = d[1];
                    case "rp" -> rp = d[1];
                    case "sleep" -> Thread.sleep(Long.parseLong(d[1]));
                    default -> fail("unknown directive " + line);
                }
            } else if (!line.isBlank() && !line.startsWith("#")) {
                pending.add(line);
                if (pending.size() >= chunk) {
                    flush(db, rp, pending);
                    Thread.sleep(delay);
                }
            }
        }
        flush(db, rp, pending);
    }

    private static void flush(String db, String rp, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        byte[] body = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        var parsed = LineProtocolParser.parse(body, Precision.NANOSECONDS, System.currentTimeMillis() * 1_000_000, db, rp);
        assertEquals("bad input lines", "", parsed.errorMessage());
        engine.master().writePoints(db, rp, parsed.points());
        lines.clear();
    }

    /** The alert log's lines once it has as many as expected (or after 10 s), compared as run.py does. */
    private static void compareLog(JsonNode expected, Path log) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        List<String> lines = List.of();
        while (System.currentTimeMillis() < deadline) {
            lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
            if (lines.size() >= expected.size()) {
                break;
            }
            Thread.sleep(20);
        }
        List<JsonNode> got = new ArrayList<>();
        for (String l : lines) {
            got.add(normalized(JSON.readTree(l)));
        }
        assertNull("alert log: " + got, JsonCompare.diff(expected, JSON.valueToTree(got), "log"));
    }

    /** run.py keeps only these keys of alert events ({@code recoverable} is dropped). */
    private static JsonNode normalized(JsonNode n) {
        if (!(n.isObject() && n.has("level") && n.has("id") && n.has("message"))) {
            return n;
        }
        ObjectNode kept = JSON.createObjectNode();
        for (String k : List.of("id", "message", "details", "time", "duration", "level", "previousLevel", "data")) {
            if (n.has(k)) {
                kept.set(k, n.get(k));
            }
        }
        return kept;
    }

    private static int count(JsonNode outputs) {
        int n = 0;
        for (JsonNode list : outputs) {
            n += list.size();
        }
        return n;
    }

    private static void compare(JsonNode expected, Map<String, List<String>> actual) throws IOException {
        for (Iterator<String> it = expected.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            List<String> bodies = actual.getOrDefault(key, List.of());
            JsonNode exp = expected.get(key);
            List<JsonNode> got = new ArrayList<>();
            for (String b : bodies) {
                got.add(normalized(JSON.readTree(b)));
            }
            assertNull("output " + key + ": " + got, JsonCompare.diff(exp, JSON.valueToTree(got), key));
        }
        for (String key : actual.keySet()) {
            if (!expected.has(key)) {
                fail("unexpected output " + key + ": " + actual.get(key));
            }
        }
    }
}

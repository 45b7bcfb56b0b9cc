package dev.kapacitor.engine.nodes;

import static dev.kapacitor.engine.nodes.TestPipelines.lines;
import static dev.kapacitor.engine.nodes.TestPipelines.run;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import dev.kapacitor.engine.runtime.EngineServices;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class SideloadNodeTest {
    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private String source() throws Exception {
        Path dir = tmp.getRoot().toPath();
        Files.createDirectories(dir.resolve("host"));
        Files.writeString(dir.resolve("host/a.json"), "{\"threshold\": 90, \"owner\": \"ops\", \"level\": null}");
        Files.writeString(dir.resolve("default.json"), "{\"threshold\": 80.5, \"owner\": 7, \"level\": 2.5, \"on\": \"T\"}");
        Files.writeString(dir.resolve("notes.txt"), "not values");
        return "file://" + dir;
    }

    @Test
    public void takesEachKeyFromTheFirstFileOfTheOrderThatHasItConvertedToTheDefaultsType() throws Exception {
        var r = run("stream|from()|sideload().source('" + source() + "').order('host/{{ .host }}.json', 'default.json')"
                        + ".field('threshold', 0.0).field('level', 1).field('on', FALSE).field('gone', 'x').tag('owner', 'nobody')|capture()",
                lines("m,host=a v=1i 1", "m,host=b v=2i 2", "m v=3i 3"));
        assertEquals(List.of(
                        // level: null in host/a.json counts as found, so the default
                        "{host=a, owner=ops}{gone=x, level=1, on=true, threshold=90.0, v=1}",
                        // level 2.5 is no int: an error, the default
                        "{host=b, owner=7}{gone=x, level=1, on=true, threshold=80.5, v=2}",
                        "{owner=7}{gone=x, level=1, on=true, threshold=80.5, v=3}"),
                r.points().stream().map(p -> p.tags().toString() + p.fields()).toList());
        assertEquals(2, r.node("sideload2").stats().errorCount());
    }

    @Test
    public void refusesOtherSchemesRelativePathsAndYaml() throws Exception {
        String dir = source();
        assertEquals("unsupported source scheme \"http\", must be 'file'", startError("http://x/y"));
        assertEquals("sideload source path must be absolute \"\"", startError("file:rel"));
        Files.writeString(tmp.getRoot().toPath().resolve("x.yml"), "a: 1");
        assertEquals("failed to update sideload cache for source \"" + tmp.getRoot() + "\": yaml values files are not supported, use json: \""
                + tmp.getRoot() + "/x.yml\"", startError(dir));
    }

    private static String startError(String source) {
        try (EngineServices services = new EngineServices()) {
            return assertThrows(IllegalArgumentException.class,
                    () -> TestPipelines.start("stream|from()|sideload().source('" + source + "').field('f', 1)", services)).getMessage();
        }
    }
}

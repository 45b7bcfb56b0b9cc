package dev.kapacitor.engine.nodes;

import static dev.kapacitor.engine.nodes.TestPipelines.lines;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import dev.kapacitor.engine.runtime.EngineServices;
import java.util.List;
import org.junit.Test;

public class CombineNodeTest {
    private static List<String> points(TestPipelines.Run r) {
        return r.points().stream().map(p -> p.name() + "@" + p.time() + p.tags() + p.fields()).toList();
    }

    @Test
    public void eachLambdaTakesTheFirstUnusedPointItMatchesInEveryCombination() throws Exception {
        var r = TestPipelines.run("stream|from().groupBy('dc')|combine(lambda: \"s\" == 'x', lambda: TRUE).as('x', 'any')|capture()",
                lines("m,dc=1,s=x v=1i 5", "m,dc=1,s=y v=2i 5", "m,dc=1,s=z v=3i 5", "m,dc=1,s=x v=4i 6"));
        // combinations (x,y) (x,z) (y,z): y,z has no x; the group tag dc keeps its name
        assertEquals(List.of("m@5{any.s=y, dc=1, x.s=x}{any.v=2, x.v=1}", "m@5{any.s=z, dc=1, x.s=x}{any.v=3, x.v=1}"),
                points(r));
    }

    @Test
    public void tooManyCombinationsFailTheTaskAndNothingFollows() throws Exception {
        try (EngineServices services = new EngineServices()) {
            var run = TestPipelines.start("stream|from()|combine(lambda: TRUE, lambda: TRUE).as('a', 'b').max(2)|capture()", services);
            run.write(lines("m v=1i 1", "m v=2i 1", "m v=3i 2", "m v=4i 2", "m v=5i 2", "m v=6i 3", "m v=7i 3", "m v=8i 4"));
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (run.task.failure() == null && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            run.finish();
            assertEquals("combine2: refusing to perform combination as total combinations 3 exceeds max combinations 2",
                    run.task.failure());
            assertEquals(List.of("m@1{}{a.v=1, b.v=2}"), points(run));
        }
    }

    @Test
    public void aSetOfFewerPointsThanLambdasGivesNothing() throws Exception {
        var r = TestPipelines.run("stream|from()|combine(lambda: TRUE, lambda: TRUE).as('a', 'b')|capture()",
                lines("m v=1i 1", "m v=2i 2"));
        assertEquals(List.of(), points(r));
        assertNull(r.task.failure());
    }
}

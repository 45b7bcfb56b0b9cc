package dev.kapacitor.engine.nodes;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import dev.kapacitor.engine.pipeline.EdgeType;
import dev.kapacitor.engine.pipeline.SpecException;
import java.util.List;
import org.junit.Test;

/** Adding a node type is declaring its spec type and registering it with its executing node. */
public class NodeCatalogTest {
    @Test
    public void registeredTypesBecomeChainingMethodsWithTheirEdges() {
        var spec = TestPipelines.spec("stream|from()|batchEvery(2)|where(lambda: TRUE)|capture()");
        assertEquals(List.of(EdgeType.STREAM, EdgeType.BATCH, EdgeType.BATCH, EdgeType.BATCH),
                spec.walk().stream().skip(1).map(n -> n.provides()).toList());
        assertEquals("line 1 char 29: cannot add child mismatched edges: batchEvery gives batch, batchEvery wants stream",
                assertThrows(SpecException.class, () -> TestPipelines.spec("stream|from()|batchEvery(2)|batchEvery(2)"))
                        .getMessage());
    }

    @Test
    public void theCatalogKnowsWhichMethodsFollowWhichNode() {
        var catalog = Nodes.registry().catalog();
        var stream = catalog.source(EdgeType.STREAM);
        // stats (and deadman) follow every node, the stream too; Kapacitor's internal noop follows none
        assertEquals(List.of("from", "stats"), List.copyOf(catalog.chainMethods(stream)));
        var from = catalog.chainMethod(stream, "from");
        // every registered chain node follows from(); the list grows with the engine, so check a sample
        assertTrue(catalog.chainMethods(from).containsAll(List.of("alert", "eval", "from", "groupBy", "httpOut",
                "httpPost", "join", "stats", "where", "window", "mean", "top")));
        assertFalse(catalog.chainMethods(from).contains("noOp"));
        assertEquals("batch", catalog.source(EdgeType.BATCH).method());
    }
}

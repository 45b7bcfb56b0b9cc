package dev.kapacitor.engine.task;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import dev.kapacitor.api.lineprotocol.LineProtocolParser;
import dev.kapacitor.api.lineprotocol.Precision;
import dev.kapacitor.api.model.Point;
import dev.kapacitor.api.task.Dbrp;
import dev.kapacitor.api.task.TaskException;
import dev.kapacitor.api.task.TaskType;
import dev.kapacitor.engine.edge.PointMessage;
import dev.kapacitor.engine.nodes.Nodes;
import dev.kapacitor.engine.pipeline.EdgeType;
import dev.kapacitor.engine.pipeline.NodeSpec;
import dev.kapacitor.engine.pipeline.NodeType;
import dev.kapacitor.engine.pipeline.PipelineSpec;
import dev.kapacitor.engine.runtime.EngineServices;
import dev.kapacitor.engine.runtime.Node;
import dev.kapacitor.engine.runtime.NodeRegistry;
import dev.kapacitor.engine.runtime.TaskContext;
import dev.kapacitor.engine.tick.ScriptEvaluator;
import dev.kapacitor.tickscript.TickscriptParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.After;
import org.junit.Test;

/** Isolation of tasks, back-pressure on writers, and tasks that fail while running. */
public class TaskMasterTest {
    /** {@code |gate()} holds the task thread until the test opens it; {@code |boom()} fails the task. */
    static volatile CountDownLatch GATE = new CountDownLatch(1);
    static final NodeType<TestSpec> GATE_TYPE = NodeType.chain("gate", "gate", a -> new TestSpec(TaskMasterTest.GATE_TYPE)).build();
    static final NodeType<TestSpec> BOOM_TYPE = NodeType.chain("boom", "boom", a -> new TestSpec(TaskMasterTest.BOOM_TYPE)).build();
    static final AtomicInteger COUNTED = new AtomicInteger();
    static final NodeType<TestSpec> COUNT_TYPE = NodeType.chain("count_", "count_", a -> new TestSpec(TaskMasterTest.COUNT_TYPE)).build();
    /** {@code |inOrder()} counts, in {@link #DISORDERS}, points out of time order or run on two threads at once. */
    static final NodeType<TestSpec> IN_ORDER_TYPE =
            NodeType.chain("inOrder", "in_order", a -> new TestSpec(TaskMasterTest.IN_ORDER_TYPE)).build();
    static final AtomicInteger DISORDERS = new AtomicInteger();

    private final EngineServices services = new EngineServices();
    private final Map<String, String> failures = new ConcurrentHashMap<>();
    private TaskMaster master;

    static final class TestSpec extends NodeSpec {
        TestSpec(NodeType<?> t) {
            super(t);
        }
    }

    static final class TestNode extends Node {
        private final AtomicInteger running = new AtomicInteger();
        private long last = Long.MIN_VALUE;

        TestNode(NodeSpec spec, TaskContext ctx) {
            super(spec, ctx);
        }

        @Override
        public void point(PointMessage p) {
            switch (spec().type().method()) {
                case "gate" -> {
                    try {
                        GATE.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                case "boom" -> throw new IllegalStateException("boom on " + p.name());
                case "inOrder" -> checkOrder(p);
                default -> COUNTED.incrementAndGet();
            }
            emit(p);
        }

        private void checkOrder(PointMessage p) {
            if (running.incrementAndGet() != 1 || p.time() <= last) {
                DISORDERS.incrementAndGet();
            }
            last = p.time();
            COUNTED.incrementAndGet();
            running.decrementAndGet();
        }
    }

    private TaskMaster master(int capacity, long timeoutMillis) {
        NodeRegistry registry = Nodes.registry().register(GATE_TYPE, TestNode::new).register(BOOM_TYPE, TestNode::new)
                .register(COUNT_TYPE, TestNode::new).register(IN_ORDER_TYPE, TestNode::new);
        master = new TaskMaster(registry, services, capacity, timeoutMillis, failures::put);
        return master;
    }

    private static PipelineSpec spec(TaskMaster m, String script) {
        NodeRegistry registry = Nodes.registry().register(GATE_TYPE, TestNode::new).register(BOOM_TYPE, TestNode::new)
                .register(COUNT_TYPE, TestNode::new).register(IN_ORDER_TYPE, TestNode::new);
        return ScriptEvaluator.evaluate(TickscriptParser.parse(script), EdgeType.STREAM, registry.catalog(), Map.of());
    }

    private static List<Point> points(int n) {
        return points(n, 0);
    }

    /** n points at times from + 1 to from + n. */
    private static List<Point> points(int n, int from) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < from + n; i++) {
            sb.append("m v=").append(i).append(' ').append(i + 1).append('\n');
        }
        return LineProtocolParser.parse(sb.toString().getBytes(StandardCharsets.UTF_8), Precision.NANOSECONDS, 0, "db", "rp")
                .points();
    }

    @org.junit.Before
    public void closeGate() {
        GATE = new CountDownLatch(1);
    }

    @After
    public void close() {
        GATE.countDown();
        if (master != null) {
            master.close();
        }
        services.close();
    }

    @Test
    public void aStuckTaskDoesNotSlowAnotherAndPushesBackOnItsWriters() throws Exception {
        TaskMaster m = master(10, 200);
        List<Dbrp> dbrps = List.of(new Dbrp("db", "rp"));
        m.start("stuck", TaskType.STREAM, dbrps, spec(m, "stream|from()|gate()"));
        m.start("fast", TaskType.STREAM, dbrps, spec(m, "stream|from()|count_()"));
        int before = COUNTED.get();
        m.writePoints("db", "rp", points(5)); // the stuck task holds these on its thread
        Thread.sleep(50);
        m.writePoints("db", "rp", points(5)); // and queues these 10, its whole capacity
        m.writePoints("db", "rp", points(5));
        long deadline = System.currentTimeMillis() + 5000;
        while (COUNTED.get() - before < 15 && System.currentTimeMillis() < deadline) {
            Thread.sleep(5);
        }
        assertEquals("the fast task got every point while the other is stuck", 15, COUNTED.get() - before);
        TaskException e = assertThrows(TaskException.class, () -> m.writePoints("db", "rp", points(5)));
        assertEquals(500, e.status());
        assertEquals("timeout writing points: task stuck did not take them within 200 ms", e.getMessage());
        deadline = System.currentTimeMillis() + 5000;
        while (COUNTED.get() - before < 20 && System.currentTimeMillis() < deadline) {
            Thread.sleep(5);
        }
        assertEquals("the fast task got the points of the write that timed out on the other", 20, COUNTED.get() - before);
        GATE.countDown();
        CompletableFuture.runAsync(() -> m.writePoints("db", "rp", points(5))).get(5, TimeUnit.SECONDS);
    }

    @Test
    public void manyTasksShareTheWorkersYetEachRunsItsPointsInOrderOnOneThreadAtATime() throws Exception {
        TaskMaster m = master(100_000, 5000);
        List<Dbrp> dbrps = List.of(new Dbrp("db", "rp"));
        int tasks = 40;
        for (int t = 0; t < tasks; t++) {
            m.start("t" + t, TaskType.STREAM, dbrps, spec(m, "stream|from()|inOrder()"));
        }
        int before = COUNTED.get();
        int disorders = DISORDERS.get();
        int body = 3 * 256 + 7; // chunks that end within a slice
        for (int w = 0; w < 5; w++) {
            m.writePoints("db", "rp", points(body, w * body));
        }
        for (int t = 0; t < tasks; t++) {
            m.stop("t" + t); // runs what the task accepted to the end
        }
        assertEquals(tasks * 5 * body, COUNTED.get() - before);
        assertEquals(0, DISORDERS.get() - disorders);
    }

    @Test
    public void aFailingTaskStopsAndReportsTheNodeAndReason() throws Exception {
        TaskMaster m = master(100, 1000);
        m.start("f", TaskType.STREAM, List.of(new Dbrp("db", "rp")), spec(m, "stream|from()|boom()"));
        m.writePoints("db", "rp", points(1));
        long deadline = System.currentTimeMillis() + 5000;
        while (!failures.containsKey("f") && System.currentTimeMillis() < deadline) {
            Thread.sleep(5);
        }
        assertEquals("boom2: boom on m", failures.get("f"));
        assertFalse(m.isExecuting("f"));
        m.writePoints("db", "rp", points(1)); // nothing routes there any more
    }

    @Test
    public void aTaskNeedsDbrps() {
        TaskMaster m = master(100, 1000);
        assertEquals("task does contain any dbrps", assertThrows(IllegalStateException.class,
                () -> m.start("t", TaskType.STREAM, List.of(), spec(m, "stream|from()"))).getMessage());
        assertTrue(m.executing("t").isEmpty());
    }
}

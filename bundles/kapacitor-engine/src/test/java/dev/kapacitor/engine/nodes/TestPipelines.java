package dev.kapacitor.engine.nodes;

import dev.kapacitor.api.lineprotocol.LineProtocolParser;
import dev.kapacitor.api.lineprotocol.Precision;
import dev.kapacitor.api.model.Point;
import dev.kapacitor.api.task.TaskType;
import dev.kapacitor.engine.edge.BarrierMessage;
import dev.kapacitor.engine.edge.BatchPointMessage;
import dev.kapacitor.engine.edge.BeginBatchMessage;
import dev.kapacitor.engine.edge.BufferedBatchMessage;
import dev.kapacitor.engine.edge.DeleteGroupMessage;
import dev.kapacitor.engine.edge.Message;
import dev.kapacitor.engine.edge.PointMessage;
import dev.kapacitor.engine.pipeline.ArgType;
import dev.kapacitor.engine.pipeline.Args;
import dev.kapacitor.engine.pipeline.EdgeType;
import dev.kapacitor.engine.pipeline.NodeSpec;
import dev.kapacitor.engine.pipeline.NodeType;
import dev.kapacitor.engine.pipeline.PipelineSpec;
import dev.kapacitor.engine.runtime.EngineServices;
import dev.kapacitor.engine.runtime.ExecutingTask;
import dev.kapacitor.engine.runtime.Node;
import dev.kapacitor.engine.runtime.NodeRegistry;
import dev.kapacitor.engine.runtime.TaskContext;
import dev.kapacitor.engine.tick.ScriptEvaluator;
import dev.kapacitor.tickscript.TickscriptParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs scripts on real executing tasks, with two test-only node types registered next to the
 * engine's: {@code |capture()} records what reaches it, {@code |batchEvery(n)} turns every n
 * points of a group into a batch (so batch paths can be tested before window() exists), and
 * {@code |groupDelete()} turns a point with the field {@code delete} into a group deletion.
 */
final class TestPipelines {
    static final NodeType<CaptureSpec> CAPTURE = NodeType.chain("capture", "capture", a -> new CaptureSpec()).build();
    static final NodeType<BatchEverySpec> BATCH_EVERY = NodeType.chain("batchEvery", "batch_every", BatchEverySpec::new)
            .args(ArgType.INT).edges(EdgeType.STREAM, EdgeType.BATCH).build();
    static final NodeType<GroupDeleteSpec> GROUP_DELETE =
            NodeType.chain("groupDelete", "group_delete", a -> new GroupDeleteSpec()).build();
    static final long T0 = 1577836800_000_000_000L;

    private TestPipelines() {
    }

    static NodeRegistry registry() {
        return Nodes.registry()
                .register(CAPTURE, (s, ctx) -> new CaptureNode(s, ctx))
                .register(BATCH_EVERY, BatchEveryNode::new)
                .register(GROUP_DELETE, (s, ctx) -> new GroupDeleteNode(s, ctx));
    }

    static PipelineSpec spec(String script) {
        return ScriptEvaluator.evaluate(TickscriptParser.parse(script), EdgeType.STREAM, registry().catalog(), Map.of());
    }

    /** With the alert handlers installed in these services. */
    static PipelineSpec spec(String script, EngineServices services) {
        return ScriptEvaluator.evaluate(TickscriptParser.parse(script), EdgeType.STREAM,
                registry().catalog(services.alerts().handlers()), Map.of());
    }

    /** Line protocol in db "db", rp "rp", ns timestamps. */
    static List<Point> lines(String... lines) {
        return linesIn("db", "rp", lines);
    }

    static List<Point> linesIn(String db, String rp, String... lines) {
        byte[] body = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        var r = LineProtocolParser.parse(body, Precision.NANOSECONDS, 0, db, rp);
        if (r.hasErrors()) {
            throw new IllegalArgumentException(r.errorMessage());
        }
        return r.points();
    }

    /** A started task; {@link Run#finish()} drains and stops it. */
    static Run start(String script, EngineServices services) {
        return start(script, services, 0);
    }

    /** A started task whose groups expire after groupIdleTtl ns of data time without data. */
    static Run start(String script, EngineServices services, long groupIdleTtl) {
        ExecutingTask task = ExecutingTask.create("test", TaskType.STREAM, List.of(), groupIdleTtl, spec(script, services),
                registry(), services, 1000, t -> { });
        task.start();
        return new Run(task);
    }

    /** Runs the points through the script and returns the stopped task. */
    static Run run(String script, List<Point> points) throws InterruptedException {
        return run(script, points, 0);
    }

    /** As {@link #run(String, List)}, with groups expiring after groupIdleTtl ns (0: never). */
    static Run run(String script, List<Point> points, long groupIdleTtl) throws InterruptedException {
        try (EngineServices services = new EngineServices()) {
            Run r = start(script, services, groupIdleTtl);
            r.write(points);
            return r.finish();
        }
    }

    static final class Run {
        final ExecutingTask task;

        Run(ExecutingTask task) {
            this.task = task;
        }

        void write(List<Point> points) throws InterruptedException {
            if (!task.offer(points.toArray(new Point[0]), points.size(), 5, TimeUnit.SECONDS)) {
                throw new AssertionError("task did not take the points");
            }
        }

        Run finish() {
            task.stop(5000);
            return this;
        }

        Node node(String name) {
            return task.nodes().stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow();
        }

        /** What the (first) capture node received. */
        List<Message> captured() {
            return task.nodes().stream().filter(n -> n instanceof CaptureNode).map(n -> ((CaptureNode) n).messages)
                    .findFirst().orElseThrow();
        }

        List<Point> points() {
            List<Point> out = new ArrayList<>();
            for (Message m : captured()) {
                out.add(((PointMessage) m).point());
            }
            return out;
        }
    }

    static final class CaptureSpec extends NodeSpec {
        CaptureSpec() {
            super(CAPTURE);
        }
    }

    static final class CaptureNode extends Node {
        /** Orders what several capture nodes saw: one count for all of them. */
        private static final java.util.concurrent.atomic.AtomicLong SEEN = new java.util.concurrent.atomic.AtomicLong();
        final List<Message> messages = Collections.synchronizedList(new ArrayList<>());
        /** When each point arrived, in {@link #SEEN}'s count. */
        final List<Long> pointsSeenAt = Collections.synchronizedList(new ArrayList<>());

        CaptureNode(NodeSpec spec, TaskContext ctx) {
            super(spec, ctx);
        }

        @Override
        public void point(PointMessage p) {
            messages.add(p);
            pointsSeenAt.add(SEEN.incrementAndGet());
            emit(p);
        }

        @Override
        public void batch(BufferedBatchMessage b) {
            messages.add(b);
            emit(b);
        }

        @Override
        public void barrier(BarrierMessage b) {
            messages.add(b);
            emit(b);
        }

        @Override
        public void deleteGroup(DeleteGroupMessage d) {
            messages.add(d);
            emit(d);
        }
    }

    static final class GroupDeleteSpec extends NodeSpec {
        GroupDeleteSpec() {
            super(GROUP_DELETE);
        }
    }

    /** Passes points on; one with the field "delete" becomes a deletion of its group instead. */
    static final class GroupDeleteNode extends Node {
        GroupDeleteNode(NodeSpec spec, TaskContext ctx) {
            super(spec, ctx);
        }

        @Override
        public void point(PointMessage p) {
            emit(p.fields().get("delete") != null ? new DeleteGroupMessage(p.group()) : p);
        }
    }

    static final class BatchEverySpec extends NodeSpec {
        final int n;

        BatchEverySpec(Args a) {
            super(BATCH_EVERY);
            this.n = (int) a.integer(0);
        }
    }

    /** Every n points of a group become one batch, its time the last point's. */
    static final class BatchEveryNode extends GroupedNode<List<BatchPointMessage>> {
        private final int n;

        BatchEveryNode(BatchEverySpec spec, TaskContext ctx) {
            super(spec, ctx);
            this.n = spec.n;
        }

        @Override
        protected List<BatchPointMessage> newGroup() {
            return new ArrayList<>();
        }

        @Override
        public void point(PointMessage p) {
            List<BatchPointMessage> buf = state(p.group());
            buf.add(BatchPointMessage.of(p));
            if (buf.size() == n) {
                emit(new BufferedBatchMessage(new BeginBatchMessage(p.name(), p.group(), p.group().tags(), p.time(), n), buf));
                buf.clear();
            }
        }
    }
}

package dev.kapacitor.engine.nodes;

import dev.kapacitor.api.model.Point;
import dev.kapacitor.api.model.Row;
import dev.kapacitor.api.task.TaskType;
import dev.kapacitor.engine.edge.BatchPointMessage;
import dev.kapacitor.engine.edge.BeginBatchMessage;
import dev.kapacitor.engine.edge.BufferedBatchMessage;
import dev.kapacitor.engine.edge.Message;
import dev.kapacitor.engine.edge.PointMessage;
import dev.kapacitor.engine.edge.Rows;
import dev.kapacitor.engine.pipeline.ArgType;
import dev.kapacitor.engine.pipeline.Args;
import dev.kapacitor.engine.pipeline.EdgeType;
import dev.kapacitor.engine.pipeline.NodeSpec;
import dev.kapacitor.engine.pipeline.NodeType;
import dev.kapacitor.engine.pipeline.PipelineSpec;
import dev.kapacitor.engine.runtime.EngineServices;
import dev.kapacitor.engine.runtime.ExecutingTask;
import dev.kapacitor.engine.runtime.NodeRegistry;
import dev.kapacitor.engine.runtime.TaskContext;
import dev.kapacitor.engine.tick.ScriptEvaluator;
import dev.kapacitor.tickscript.TickscriptParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs InfluxQL nodes on the data of the conformance cases. A test-only {@code |tumble(d)}
 * stands in for {@code |window().period(d).every(d).align()} on gapless data: it emits a
 * group's points of [k*d, (k+1)*d) when the first point at or after the end arrives, stamped
 * with the end. Results print as the rows httpPost would send: tags, columns, values, with
 * times shortened to minutes and seconds; a batch without points prints as "(empty)".
 */
final class InfluxQLRuns {
    static final NodeType<TumbleSpec> TUMBLE = NodeType.chain("tumble", "tumble", TumbleSpec::new)
            .args(ArgType.DURATION).edges(EdgeType.STREAM, EdgeType.BATCH).build();
    /** 2020-01-01T00:00:00Z */
    static final long T0 = 1577836800_000_000_000L;
    static final long SECOND = 1_000_000_000L;
    private static final long[] A_VALUES = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3, 2, 3, 8, 4};
    private static final long[] B_VALUES = {2, 7, 1, 2, 8, 1, 2, 8, 4, 9, 0, 4, 2, 3, 5};
    private static final double[] B_SECONDS = {0.5, 1.5, 2.5, 4.5, 5.5, 6.5, 8.5, 9.5, 10.5, 12.5, 13.5, 14.5, 16.5, 17.5, 18.5};

    private InfluxQLRuns() {
    }

    static NodeRegistry registry() {
        return TestPipelines.registry().register(TUMBLE, TumbleNode::new);
    }

    /** What reaches the first capture node, as rows. */
    static List<String> rows(String script, List<Point> points) throws InterruptedException {
        return rows(run(script, points).captured());
    }

    static TestPipelines.Run run(String script, List<Point> points) throws InterruptedException {
        NodeRegistry registry = registry();
        PipelineSpec spec = ScriptEvaluator.evaluate(TickscriptParser.parse(script), EdgeType.STREAM, registry.catalog(), Map.of());
        try (EngineServices services = new EngineServices()) {
            ExecutingTask task = ExecutingTask.create("test", TaskType.STREAM, spec, registry, services, 1000, t -> { });
            task.start();
            TestPipelines.Run r = new TestPipelines.Run(task);
            r.write(points);
            return r.finish();
        }
    }

    static List<String> rows(List<Message> messages) {
        List<String> out = new ArrayList<>();
        for (Message m : messages) {
            Row r = m instanceof PointMessage p ? Rows.of(p) : Rows.of((BufferedBatchMessage) m);
            String tags = r.tags().isEmpty() ? "" : r.tags() + " ";
            if (r.columns() == null) {
                out.add(tags + "(empty)");
                continue;
            }
            String values = String.valueOf(r.values()).replace("2020-01-01T00:", "");
            out.add(tags + r.columns() + " " + values);
        }
        return out;
    }

    /**
     * The data most conformance cases of the area use: hosts a (every second, 0s to 19s) and b
     * (at half seconds, with gaps), field v, then one point of each at 40s to close the windows.
     * {@code suffix} "i" writes integers, "" floats.
     */
    static List<Point> hostsAB(String suffix) {
        List<String> lines = new ArrayList<>();
        int b = 0;
        for (int a = 0; a < A_VALUES.length; a++) {
            lines.add(line("a", A_VALUES[a], suffix, a * SECOND));
            while (b < B_SECONDS.length && B_SECONDS[b] < a + 1) {
                lines.add(line("b", B_VALUES[b], suffix, (long) (B_SECONDS[b] * SECOND)));
                b++;
            }
        }
        lines.add(line("a", 0, suffix, 40 * SECOND));
        lines.add(line("b", 0, suffix, 40 * SECOND));
        return TestPipelines.lines(lines.toArray(new String[0]));
    }

    private static String line(String host, long v, String suffix, long offset) {
        return "m,host=" + host + " v=" + v + (suffix.isEmpty() ? ".0" : suffix) + " " + (T0 + offset);
    }

    /** Lines whose timestamps are seconds after T0: "m v=1 3" is at 00:00:03. */
    static List<Point> at(String... lines) {
        String[] out = new String[lines.length];
        for (int i = 0; i < lines.length; i++) {
            int sp = lines[i].lastIndexOf(' ');
            long t = T0 + (long) (Double.parseDouble(lines[i].substring(sp + 1)) * SECOND);
            out[i] = lines[i].substring(0, sp) + " " + t;
        }
        return TestPipelines.lines(out);
    }

    static final class TumbleSpec extends NodeSpec {
        final long every;

        TumbleSpec(Args a) {
            super(TUMBLE);
            this.every = a.duration(0);
        }
    }

    static final class TumbleNode extends GroupedNode<TumbleNode.Window> {
        private final long every;

        static final class Window {
            final List<BatchPointMessage> points = new ArrayList<>();
            long end = Long.MIN_VALUE;
        }

        TumbleNode(TumbleSpec spec, TaskContext ctx) {
            super(spec, ctx);
            this.every = spec.every;
        }

        @Override
        protected Window newGroup() {
            return new Window();
        }

        @Override
        public void point(PointMessage p) {
            Window w = state(p.group());
            if (p.time() >= w.end) {
                if (w.end != Long.MIN_VALUE) {
                    emit(new BufferedBatchMessage(new BeginBatchMessage(p.name(), p.group(), p.group().tags(), w.end,
                            w.points.size()), w.points));
                    w.points.clear();
                }
                w.end = p.time() - Math.floorMod(p.time(), every) + every;
            }
            w.points.add(BatchPointMessage.of(p));
        }
    }
}

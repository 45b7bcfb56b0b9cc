package dev.kapacitor.benchmarks;

import dev.kapacitor.api.lineprotocol.LineProtocolParser;
import dev.kapacitor.api.lineprotocol.ParseResult;
import dev.kapacitor.api.lineprotocol.Precision;
import dev.kapacitor.api.model.Point;
import dev.kapacitor.engine.runtime.ExecutingTask;
import dev.kapacitor.engine.runtime.Node;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Points written through the TaskMaster into the alert task of Kapacitor's own benchmark (R4 of
 * the load generator): {@code from().measurement('m1')|alert().id('{{ .Name }}_{{ .TaskName }}')}
 * with info/warn/crit at value 10/20/30, every point CRITICAL, so every point is an event.
 * {@code handler=none} is the script as Kapacitor's benchmark has it; {@code handler=log} adds
 * {@code .log('/dev/null')}, a real handler, so the event's message, details and JSON are read;
 * {@code handler=topic} adds {@code .topic('bench')}, which keeps each id's last message and
 * details. The score is the time per point (= event); as in {@link RoutingBenchmark} the
 * writer and the task thread both run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AlertBenchmark {
    static final String TASK = "alert";
    static final String SCRIPT = "stream|from().measurement('m1')|alert().id('{{ .Name }}_{{ .TaskName }}')"
            + ".info(lambda: \"value\" > 10).warn(lambda: \"value\" > 20).crit(lambda: \"value\" > 30)";
    static final Map<String, String> HANDLERS = Map.of("none", "", "log", ".log('/dev/null')",
            "topic", ".topic('bench')");

    @Param({"none", "log", "topic"})
    public String handler;

    private BenchEngine engine;
    private ExecutingTask task;
    private Node alert;
    private List<Point> body;
    private long nextTime;
    private long written;

    @Setup
    public void setup() throws IOException {
        engine = new BenchEngine();
        engine.define(TASK, SCRIPT + HANDLERS.get(handler));
        task = engine.master().executing(TASK).orElseThrow();
        alert = task.nodes().stream().filter(n -> n.name().startsWith("alert")).findFirst().orElseThrow();
        body = body();
    }

    /** Kapacitor's benchmark body, {@code m1 value=<i> <i>}, with values from 31 up: all critical. */
    private static List<Point> body() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < CpuPayload.LINES; i++) {
            sb.append("m1 value=").append(31 + i).append(' ').append(i).append('\n');
        }
        ParseResult r = LineProtocolParser.parse(sb.toString().getBytes(StandardCharsets.UTF_8),
                Precision.SECONDS, 0, CpuPayload.DATABASE, CpuPayload.RETENTION_POLICY);
        if (r.hasErrors()) {
            throw new IllegalStateException(r.errorMessage());
        }
        return r.points();
    }

    @Benchmark
    @OperationsPerInvocation(CpuPayload.LINES)
    public void write() {
        long shift = nextTime;
        nextTime += TimeUnit.SECONDS.toNanos(CpuPayload.LINES);
        engine.master().writePoints(CpuPayload.DATABASE, CpuPayload.RETENTION_POLICY,
                shift == 0 ? body : body.stream().map(p -> p.withTime(p.time() + shift)).toList());
        written += CpuPayload.LINES;
    }

    /** Waits until alert() has seen every point written, and checks each was a critical event. */
    @TearDown(Level.Iteration)
    public void drain() throws InterruptedException {
        engine.drain(written);
        BenchEngine.await(alert, written, System.nanoTime() + TimeUnit.SECONDS.toNanos(60));
        Object crits = task.nodeStatistics().stream().filter(s -> s.tags().get("node").equals(alert.name()))
                .findFirst().orElseThrow().values().get("crits_triggered");
        if (alert.stats().errorCount() != 0 || !Long.valueOf(written).equals(crits)) {
            throw new IllegalStateException("alert() failed on points or raised " + crits + " of " + written
                    + " critical events");
        }
    }

    @TearDown
    public void close() throws IOException {
        engine.close();
    }
}

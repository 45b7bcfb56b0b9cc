package dev.kapacitor.benchmarks;

import dev.kapacitor.api.model.Point;
import dev.kapacitor.api.task.Dbrp;
import dev.kapacitor.api.task.TaskDefinition;
import dev.kapacitor.api.task.TaskStatus;
import dev.kapacitor.api.task.TaskType;
import dev.kapacitor.engine.Engine;
import dev.kapacitor.engine.runtime.ExecutingTask;
import dev.kapacitor.engine.runtime.Node;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Written points through the TaskMaster into one running stream task,
 * {@code stream|from().measurement('cpu')|where(lambda: "usage_idle" < 0.0)|httpOut('x')}, which
 * drops them all in where(). The task's inbox is bounded, so once it is full the writer goes
 * at the task thread's pace: the score is the points per second the task takes in (two
 * threads, the writer and the task). The points still queued when an iteration ends (at most
 * {@link #QUEUE} of millions) are counted as done; they are drained before the next one.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RoutingBenchmark {
    static final String TASK = "routing";
    static final String SCRIPT = "stream|from().measurement('cpu')|where(lambda: \"usage_idle\" < 0.0)|httpOut('x')";
    private static final int QUEUE = 4 * CpuPayload.LINES;
    private static final int BODIES = 8;

    private Path dataDir;
    private Engine engine;
    private Node where;
    private List<List<Point>> bodies;
    private int next;
    private long written;

    @Setup
    public void setup() throws IOException {
        dataDir = Files.createTempDirectory("kapacitor-bench");
        engine = Engine.open(new Engine.Settings(dataDir, QUEUE, 60_000));
        engine.tasks().create(new TaskDefinition(TASK, null, TaskType.STREAM,
                List.of(new Dbrp(CpuPayload.DATABASE, CpuPayload.RETENTION_POLICY)), SCRIPT, TaskStatus.ENABLED, null));
        ExecutingTask task = engine.master().executing(TASK).orElseThrow();
        where = task.nodes().stream().filter(n -> n.name().startsWith("where")).findFirst().orElseThrow();
        CpuPayload payload = new CpuPayload(CpuPayload.numberedHosts(1000), 11);
        bodies = Stream.iterate(0, i -> i + 1).limit(BODIES).map(i -> CpuPayload.parse(payload.body(i))).toList();
    }

    @Benchmark
    @OperationsPerInvocation(CpuPayload.LINES)
    public void write() {
        List<Point> body = bodies.get(next);
        next = (next + 1) % BODIES;
        engine.master().writePoints(CpuPayload.DATABASE, CpuPayload.RETENTION_POLICY, body);
        written += body.size();
    }

    /** Waits until where() has seen every point written, so no iteration inherits a backlog. */
    @TearDown(Level.Iteration)
    public void drain() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (where.stats().collectedCount() < written) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("where() saw " + where.stats().collectedCount() + " of " + written);
            }
            Thread.sleep(1);
        }
        if (where.stats().emittedCount() != 0 || where.stats().errorCount() != 0) {
            throw new IllegalStateException("where() passed or failed points it should have dropped");
        }
    }

    @TearDown
    public void close() throws IOException {
        engine.close();
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}

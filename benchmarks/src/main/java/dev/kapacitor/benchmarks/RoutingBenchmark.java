package dev.kapacitor.benchmarks;

import dev.kapacitor.api.model.Point;
import java.io.IOException;
import java.util.List;
import java.util.Map;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Written points through the TaskMaster into one running stream task, one of:
 * <ul>
 * <li>{@code where}: {@code from().measurement('cpu')|where(lambda: "usage_idle" < 0.0)|httpOut},
 * which drops every point in where() (the routing and lambda cost);</li>
 * <li>{@code windowMean}: {@code from().groupBy('host')|window().period(10s).every(10s)|mean('usage_idle')}
 * over 1,000 groups;</li>
 * <li>{@code tenNodes}: a 10-node pipeline of where, eval, default, delete, groupBy, window, mean,
 * eval, httpOut after from().</li>
 * </ul>
 * The task's inbox is bounded, so once it is full the writer goes at the task thread's pace: the
 * score is the points per second the task takes in (two threads, the writer and the task). The
 * points still queued when an iteration ends (at most four bodies, of millions) are counted as
 * done; they are drained before the next one. Bodies are replayed later in data time on every
 * round, so windows keep closing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RoutingBenchmark {
    static final String TASK = "routing";
    static final Map<String, String> SCRIPTS = Map.of(
            "where", "stream|from().measurement('cpu')|where(lambda: \"usage_idle\" < 0.0)|httpOut('x')",
            "windowMean", "stream|from().measurement('cpu').groupBy('host')|window().period(10s).every(10s)"
                    + "|mean('usage_idle')|httpOut('x')",
            "tenNodes", "stream|from().measurement('cpu')|where(lambda: \"usage_idle\" >= 0.0)"
                    + "|eval(lambda: 100.0 - \"usage_idle\").as('busy').keep()|default().field('steal', 0.0)"
                    + "|delete().field('usage_user')|groupBy('host')|window().period(10s).every(10s)"
                    + "|mean('busy')|eval(lambda: \"mean\" / 100.0).as('ratio')|httpOut('x')");
    private static final int BODIES = 8;

    @Param({"where", "windowMean", "tenNodes"})
    public String pipeline;

    private BenchEngine engine;
    private List<List<Point>> bodies;
    private int next;
    private long written;

    @Setup
    public void setup() throws IOException {
        engine = new BenchEngine();
        engine.define(TASK, SCRIPTS.get(pipeline));
        CpuPayload payload = new CpuPayload(CpuPayload.numberedHosts(1000), 11);
        bodies = Stream.iterate(0, i -> i + 1).limit(BODIES).map(i -> CpuPayload.parse(payload.body(i))).toList();
    }

    @Benchmark
    @OperationsPerInvocation(CpuPayload.LINES)
    public void write() {
        List<Point> body = bodies.get(next);
        next = (next + 1) % BODIES;
        if (next == 0) {
            laterRound();
        }
        engine.master().writePoints(CpuPayload.DATABASE, CpuPayload.RETENTION_POLICY, body);
        written += body.size();
    }

    /** The same bodies again, after the last one in data time. */
    private void laterRound() {
        long span = bodies.get(BODIES - 1).get(CpuPayload.LINES - 1).time() - bodies.get(0).get(0).time()
                + TimeUnit.SECONDS.toNanos(1);
        bodies = bodies.stream().map(b -> b.stream().map(p -> p.withTime(p.time() + span)).toList()).toList();
    }

    /** Waits until from() has seen every point written, so no iteration inherits a backlog. */
    @TearDown(Level.Iteration)
    public void drain() throws InterruptedException {
        engine.drain(written);
    }

    @TearDown
    public void close() throws IOException {
        engine.close();
    }
}

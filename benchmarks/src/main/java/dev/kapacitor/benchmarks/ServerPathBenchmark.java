package dev.kapacitor.benchmarks;

import dev.kapacitor.api.lineprotocol.LineProtocolParser;
import dev.kapacitor.api.lineprotocol.ParseResult;
import dev.kapacitor.api.lineprotocol.Precision;
import java.io.IOException;
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
 * The server's whole path for one write request, in process: raw 5,000-line body bytes parsed as
 * the HTTP write resource parses them, then {@code TaskMaster.writePoints} into the running tasks
 * of a scenario (issue #7):
 * <ul>
 * <li>{@code r1}: one {@code from().measurement('cpu')|alert().crit(lambda: "usage_idle" < 0.0).log(..)};</li>
 * <li>{@code r2}: one {@code from().groupBy('host')|window().period(10s).every(10s)|mean('usage_idle')|httpOut};</li>
 * <li>{@code r3}: 100 tasks like r1 on the same db/rp;</li>
 * <li>{@code tenNodes}: the ten-node pipeline of {@link RoutingBenchmark}.</li>
 * </ul>
 * One operation is one point of a body (not one point-task evaluation: r3 does 100 per point).
 * Points still queued when an iteration ends are drained before the next. Bodies are replayed later
 * in data time on every round (their timestamps rewritten in place), so windows keep closing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ServerPathBenchmark {
    static final String ALERT = "stream|from().measurement('cpu')|alert().crit(lambda: \"usage_idle\" < 0.0).log('%s')";
    private static final int BODIES = 16;
    /** 10^11 ns (100 s) is the 12th digit from a timestamp's end; 16 bodies of 1,000 hosts span 80 s. */
    private static final int ROUND_DIGIT = 12;

    @Param({"r1", "r2", "r3", "tenNodes"})
    public String scenario;

    private BenchEngine engine;
    private byte[][] bodies;
    private int[][] lineEnds;
    private int next;
    private long written;

    @Setup
    public void setup() throws IOException {
        engine = new BenchEngine();
        String alert = String.format(ALERT, engine.dataDir().resolve("alerts.log"));
        switch (scenario) {
            case "r1" -> engine.define("r1", alert);
            case "r2" -> engine.define("r2", RoutingBenchmark.SCRIPTS.get("windowMean"));
            case "r3" -> {
                for (int i = 0; i < 100; i++) {
                    engine.define("r3-" + i, alert);
                }
            }
            case "tenNodes" -> engine.define("tenNodes", RoutingBenchmark.SCRIPTS.get("tenNodes"));
            default -> throw new IllegalArgumentException(scenario);
        }
        CpuPayload payload = new CpuPayload(CpuPayload.numberedHosts(1000), 13);
        bodies = new byte[BODIES][];
        lineEnds = new int[BODIES][];
        for (int i = 0; i < BODIES; i++) {
            bodies[i] = payload.body(i);
            lineEnds[i] = lineEnds(bodies[i]);
        }
    }

    @Benchmark
    @OperationsPerInvocation(CpuPayload.LINES)
    public void write() {
        byte[] body = bodies[next];
        next = (next + 1) % BODIES;
        if (next == 0) {
            laterRound();
        }
        written += writeBody(body);
    }

    /** What the write resource does with a body: parse it, then hand the points to the tasks. */
    private int writeBody(byte[] body) {
        ParseResult parsed = LineProtocolParser.parse(body, 0, body.length, Precision.NANOSECONDS,
                System.currentTimeMillis() * 1_000_000L, CpuPayload.DATABASE, CpuPayload.RETENTION_POLICY);
        engine.master().writePoints(CpuPayload.DATABASE, CpuPayload.RETENTION_POLICY, parsed.points());
        return parsed.points().size();
    }

    /**
     * The same bodies again, after the last one in data time: every timestamp moves on by
     * 100 s (more than the bodies span), one digit incremented per line, so the
     * rewrite costs next to nothing beside the parse.
     */
    private void laterRound() {
        for (int b = 0; b < BODIES; b++) {
            byte[] body = bodies[b];
            for (int end : lineEnds[b]) {
                int digit = end - ROUND_DIGIT;
                while (body[digit] == '9') {
                    body[digit--] = '0';
                }
                body[digit]++;
            }
        }
    }

    private static int[] lineEnds(byte[] body) {
        int[] ends = new int[CpuPayload.LINES];
        int n = 0;
        for (int i = 0; i < body.length; i++) {
            if (body[i] == '\n') {
                ends[n++] = i;
            }
        }
        if (n != ends.length) {
            throw new IllegalStateException(n + " lines");
        }
        return ends;
    }

    /** Waits until every task's from() has seen every point written, so no iteration inherits a backlog. */
    @TearDown(Level.Iteration)
    public void drain() throws InterruptedException {
        engine.drain(written);
    }

    @TearDown
    public void close() throws IOException {
        engine.close();
    }
}

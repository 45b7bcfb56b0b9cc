package dev.kapacitor.benchmarks;

import dev.kapacitor.api.lineprotocol.LineProtocolParser;
import dev.kapacitor.api.lineprotocol.ParseResult;
import dev.kapacitor.api.lineprotocol.Precision;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The line protocol parser on 5,000-line write bodies from 1,000 hosts. Scores are points per
 * second (one operation is one line); {@code -prof gc} gives the bytes allocated per point.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ParserBenchmark {
    /** Distinct bodies, so the values differ from one write to the next as they do live. */
    private static final int BODIES = 8;

    /** "decimals": two decimals per float; "telegraf": 16-17 significant digits, as Telegraf writes them. */
    @Param({"decimals", "telegraf"})
    public String floats = "decimals";

    private byte[][] bodies;
    private int next;

    @Setup
    public void setup() {
        String[] hosts = CpuPayload.numberedHosts(1000);
        CpuPayload payload = "telegraf".equals(floats) ? CpuPayload.telegraf(hosts, 7) : new CpuPayload(hosts, 7);
        bodies = new byte[BODIES][];
        for (int i = 0; i < BODIES; i++) {
            bodies[i] = payload.body(i);
            if (CpuPayload.parse(bodies[i]).size() != CpuPayload.LINES) {
                throw new IllegalStateException("body " + i + " lost points");
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(CpuPayload.LINES)
    public ParseResult parse() {
        byte[] body = bodies[next];
        next = (next + 1) % BODIES;
        return LineProtocolParser.parse(body, Precision.NANOSECONDS, 0, CpuPayload.DATABASE,
                CpuPayload.RETENTION_POLICY);
    }
}

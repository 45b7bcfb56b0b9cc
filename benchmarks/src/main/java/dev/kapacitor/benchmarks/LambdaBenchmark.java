package dev.kapacitor.benchmarks;

import dev.kapacitor.api.model.Point;
import dev.kapacitor.engine.lambda.CompiledLambda;
import dev.kapacitor.engine.lambda.LambdaCompiler;
import dev.kapacitor.tickscript.TickscriptParser;
import java.util.Map;
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
 * Where-lambdas evaluated by one instance (one group) over the points of a write body, as
 * {@code where()} sees them when the stream is not grouped: the hosts interleave, so the
 * point's Tags object changes at every point. Scores are evaluations per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LambdaBenchmark {
    static final String AND_REGEX = "\"usage_idle\" < 70.0 AND \"host\" =~ /web.*/";
    static final String SIMPLE = "\"usage_idle\" < 70.0";

    /** Distinct series in the body: 1000 interleaved hosts, or one host throughout. */
    @Param({"1000", "1"})
    public int hosts;

    private Point[] points;
    private CompiledLambda andRegex;
    private CompiledLambda simple;

    @Setup
    public void setup() {
        points = CpuPayload.parse(new CpuPayload(CpuPayload.webAndDbHosts(hosts), 42).body(0)).toArray(new Point[0]);
        andRegex = compile(AND_REGEX);
        simple = compile(SIMPLE);
        // the numbers mean nothing if the lambdas do not select what they say
        check(andRegex, p -> p.fields().doubleAt(0) < 70.0 && p.tags().get("host").startsWith("web"));
        check(simple, p -> p.fields().doubleAt(0) < 70.0);
        if (!"host".equals(points[0].tags().keyAt(1))) {
            throw new IllegalStateException("handWritten() reads the wrong tag");
        }
    }

    static CompiledLambda compile(String lambda) {
        return LambdaCompiler.compile(TickscriptParser.parseLambda(lambda), Map.of()).newInstance();
    }

    private void check(CompiledLambda lambda, java.util.function.Predicate<Point> expected) {
        for (Point p : points) {
            if (!"usage_idle".equals(p.fields().keyAt(0)) || lambda.test(p) != expected.test(p)) {
                throw new IllegalStateException("lambda disagrees on " + p);
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(CpuPayload.LINES)
    public int andRegex() {
        return count(andRegex);
    }

    @Benchmark
    @OperationsPerInvocation(CpuPayload.LINES)
    public int simple() {
        return count(simple);
    }

    /**
     * The floor: the same test as {@link #andRegex} written in Java, knowing where the field and
     * the tag are, with none of Kapacitor's checks. A lambda cannot beat it.
     */
    @Benchmark
    @OperationsPerInvocation(CpuPayload.LINES)
    public int handWritten() {
        int n = 0;
        for (Point p : points) {
            if (p.fields().doubleAt(0) < 70.0 && p.tags().valueAt(1).contains("web")) {
                n++;
            }
        }
        return n;
    }

    private int count(CompiledLambda lambda) {
        int n = 0;
        for (Point p : points) {
            if (lambda.test(p)) {
                n++;
            }
        }
        return n;
    }
}

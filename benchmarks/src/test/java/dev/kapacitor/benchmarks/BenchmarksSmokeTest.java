package dev.kapacitor.benchmarks;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.junit.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark once, briefly and in this JVM ({@code -f 0 -wi 0 -i 1 -r 100ms}), so the
 * build catches a benchmark that no longer starts or whose setup check fails. The scores of
 * such a run mean nothing.
 */
public class BenchmarksSmokeTest {
    @Test
    public void everyBenchmarkRuns() throws RunnerException {
        Options opts = new OptionsBuilder()
                .include("dev\\.kapacitor\\.benchmarks\\..*")
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(100))
                .shouldFailOnError(true)
                .output("target/jmh-smoke.txt")
                .build();
        Collection<RunResult> results = new Runner(opts).run();
        Set<String> ran = new TreeSet<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark().replace("dev.kapacitor.benchmarks.", "");
            StringBuilder key = new StringBuilder(name);
            for (String param : r.getParams().getParamsKeys()) {
                key.append(' ').append(param).append('=').append(r.getParams().getParam(param));
            }
            ran.add(key.toString());
            assertTrue(name + " scored " + r.getPrimaryResult().getScore(), r.getPrimaryResult().getScore() > 0);
        }
        assertEquals(Set.of("AlertBenchmark.write handler=log", "AlertBenchmark.write handler=none",
                "AlertBenchmark.write handler=topic", "LambdaBenchmark.andRegex hosts=1", "LambdaBenchmark.andRegex hosts=1000",
                "LambdaBenchmark.handWritten hosts=1", "LambdaBenchmark.handWritten hosts=1000",
                "LambdaBenchmark.simple hosts=1", "LambdaBenchmark.simple hosts=1000",
                "ParserBenchmark.parse floats=decimals", "ParserBenchmark.parse floats=telegraf",
                "RoutingBenchmark.write pipeline=tenNodes",
                "ServerPathBenchmark.write scenario=r1", "ServerPathBenchmark.write scenario=r2",
                "ServerPathBenchmark.write scenario=r3", "ServerPathBenchmark.write scenario=tenNodes",
                "RoutingBenchmark.write pipeline=where", "RoutingBenchmark.write pipeline=windowMean"), ran);
    }
}

package dev.kapacitor.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * The single-threaded benchmarks again, scored per second of this thread's CPU time instead of
 * wall time, for a machine shared with other work, where JMH's wall-clock scores swing with the
 * load. Usage: {@code java -cp benchmarks.jar dev.kapacitor.benchmarks.CpuTimeRun [name...]}, names
 * as printed; each runs 3 CPU-seconds of warm-up, then 5 one-second slices; the median is shown.
 * For results as independent as JMH's forks, name one run per JVM.
 *
 * <p>The {@code server.*} runs ({@link ServerPathBenchmark}'s scenarios) use several threads (the
 * writer, the task threads, GC and JIT): they are scored in CPU-nanoseconds per written point over
 * every thread of the JVM (the process's CPU time), and in points per wall-clock second; each slice
 * writes bodies for one wall-clock second, then waits for the tasks to have consumed them.
 */
public final class CpuTimeRun {
    private static final long SECOND = 1_000_000_000L;
    private static final String SERVER = "server.";
    private static final String[] SCENARIOS = {"r1", "r2", "r3", "tenNodes"};

    private CpuTimeRun() {
    }

    public static void main(String[] args) {
        Map<String, Supplier<IntSupplier>> runs = runs();
        List<String> all = new ArrayList<>(runs.keySet());
        for (String scenario : SCENARIOS) {
            all.add(SERVER + scenario);
        }
        for (String name : args.length == 0 ? all.toArray(new String[0]) : args) {
            if (name.startsWith(SERVER)) {
                serverPath(name.substring(SERVER.length()));
                continue;
            }
            Supplier<IntSupplier> setup = runs.get(name);
            if (setup == null) {
                throw new IllegalArgumentException(name + " is none of " + all);
            }
            double[] slices = measure(setup.get());
            System.out.printf("%-28s %,15.0f ops per CPU-second (slices %s)%n", name, slices[slices.length / 2],
                    Arrays.toString(Arrays.stream(slices).mapToLong(Math::round).toArray()));
        }
    }

    /** Each run's setup, done only when it is asked for, so other runs leave no trace in its profile. */
    private static Map<String, Supplier<IntSupplier>> runs() {
        Map<String, Supplier<IntSupplier>> runs = new LinkedHashMap<>();
        for (int hosts : new int[] {1000, 1}) {
            runs.put("lambda.andRegex.hosts" + hosts, () -> lambda(hosts)::andRegex);
            runs.put("lambda.simple.hosts" + hosts, () -> lambda(hosts)::simple);
            runs.put("lambda.handWritten.hosts" + hosts, () -> lambda(hosts)::handWritten);
        }
        runs.put("parser.parse", () -> parser("decimals"));
        runs.put("parser.telegraf", () -> parser("telegraf"));
        return runs;
    }

    private static IntSupplier parser(String floats) {
        ParserBenchmark parser = new ParserBenchmark();
        parser.floats = floats;
        parser.setup();
        return () -> parser.parse().points().size();
    }

    private static LambdaBenchmark lambda(int hosts) {
        LambdaBenchmark b = new LambdaBenchmark();
        b.hosts = hosts;
        b.setup();
        return b;
    }

    /** Ops per CPU-second of 5 slices, sorted; each call of the run is {@link CpuPayload#LINES} ops. */
    private static double[] measure(IntSupplier run) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        int sink = spin(run, mx, 3 * SECOND)[1];
        double[] slices = new double[5];
        for (int i = 0; i < slices.length; i++) {
            long start = mx.getCurrentThreadCpuTime();
            int[] calls = spin(run, mx, SECOND);
            sink += calls[1];
            slices[i] = (double) calls[0] * CpuPayload.LINES * SECOND / (mx.getCurrentThreadCpuTime() - start);
        }
        if (sink == 42) {
            System.out.print("");
        }
        Arrays.sort(slices);
        return slices;
    }

    /** Calls the run until the thread used that much CPU time: {calls, a sum of the results}. */
    private static int[] spin(IntSupplier run, ThreadMXBean mx, long cpuNanos) {
        long end = mx.getCurrentThreadCpuTime() + cpuNanos;
        int calls = 0;
        int sum = 0;
        do {
            for (int i = 0; i < 50; i++) {
                sum += run.getAsInt();
            }
            calls += 50;
        } while (mx.getCurrentThreadCpuTime() < end);
        return new int[] {calls, sum};
    }

    /** One server-path scenario: 3 s of warm-up, then 5 slices; medians of CPU-ns per point and points/s. */
    private static void serverPath(String scenario) {
        ServerPathBenchmark b = new ServerPathBenchmark();
        b.scenario = scenario;
        try {
            b.setup();
            serverSlice(b, 3 * SECOND);
            double[] nanosPerPoint = new double[5];
            double[] pointsPerSecond = new double[5];
            for (int i = 0; i < nanosPerPoint.length; i++) {
                double[] slice = serverSlice(b, SECOND);
                nanosPerPoint[i] = slice[0];
                pointsPerSecond[i] = slice[1];
            }
            Arrays.sort(nanosPerPoint);
            Arrays.sort(pointsPerSecond);
            System.out.printf("%-28s %,10.0f CPU-ns per point %,15.0f points/s (CPU-ns slices %s)%n", SERVER + scenario,
                    nanosPerPoint[2], pointsPerSecond[2],
                    Arrays.toString(Arrays.stream(nanosPerPoint).mapToLong(Math::round).toArray()));
            b.close();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes bodies for {@code wallNanos}, waits for the tasks: {process CPU-ns per point, points per second}. */
    private static double[] serverSlice(ServerPathBenchmark b, long wallNanos) throws InterruptedException {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long wall0 = System.nanoTime();
        long points = 0;
        while (System.nanoTime() - wall0 < wallNanos) {
            b.write();
            points += CpuPayload.LINES;
        }
        b.drain();
        long wall = System.nanoTime() - wall0;
        return new double[] {(double) (os.getProcessCpuTime() - cpu0) / points, (double) points * SECOND / wall};
    }
}

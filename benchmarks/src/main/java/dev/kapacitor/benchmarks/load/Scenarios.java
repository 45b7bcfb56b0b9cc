package dev.kapacitor.benchmarks.load;

import dev.kapacitor.benchmarks.CpuPayload;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Issue #7's scenarios on the cpu payload of 1,000 hosts: R1 one alert task, R2 one windowed mean
 * by host, R3 many alert tasks, {@code write} with no task at all (the cost of /write alone),
 * {@code latency} write-to-alert at a fixed rate. Each defines its tasks through the API and
 * deletes them afterwards.
 */
final class Scenarios {
    static final String R1 = """
            stream
                |from()
                    .measurement('cpu')
                |alert()
                    .crit(lambda: "usage_idle" < 0.0)
                    .log('/dev/null')
            """;
    static final String R2 = """
            stream
                |from()
                    .measurement('cpu')
                    .groupBy('host')
                |window()
                    .period(10s)
                    .every(10s)
                |mean('usage_idle')
                |httpOut('r2')
            """;
    private static final double DEFAULT_LATENCY_RATE = 100_000;
    /** A run whose JIT took at most this share of the server's CPU: the compiler is done with the path. */
    private static final double SETTLED_JIT_SHARE = 0.03;
    private static final int MAX_WARMUP = 40;

    private final Options o;
    private final Target target;
    private final PrintStream out;
    private final List<byte[]> bodies;
    private double r1Peak;

    Scenarios(Options o, Target target, PrintStream out) {
        this.o = o;
        this.target = target;
        this.out = out;
        String[] hosts = CpuPayload.numberedHosts(o.hosts());
        CpuPayload payload = o.payload().equals("telegraf") ? CpuPayload.telegraf(hosts, 42) : new CpuPayload(hosts, 42);
        this.bodies = cpuBodies(payload, o.points(), o.lines());
    }

    static List<byte[]> cpuBodies(CpuPayload payload, long points, int lines) {
        List<byte[]> b = new ArrayList<>();
        for (int i = 0; (long) i * lines < points; i++) {
            b.add(payload.body(i, lines));
        }
        return b;
    }

    void run(String scenario) throws IOException, InterruptedException {
        switch (scenario) {
            case "write" -> out.println(measure("write (no task)", null, 0, "", null));
            case "R1" -> {
                Measurement m = measure("R1 alert", "r1", 1, R1, "alert2");
                r1Peak = m.pointsPerSecond();
                out.println(m);
            }
            case "R2" -> out.println(measure("R2 window mean", "r2", 1, R2, "window2"));
            case "R3" -> out.println(measure("R3 " + o.r3Tasks() + " alert tasks", "r3_", o.r3Tasks(), R1, "alert2"));
            case "latency" -> {
                for (double rate : o.rates()) {
                    latency(rate > 0 ? rate : r1Peak > 0 ? r1Peak / 2 : DEFAULT_LATENCY_RATE);
                }
            }
            case "churn" -> new GroupChurn(o, target, out).run(o.ttl().isEmpty() ? null : o.ttl());
            case "churn-no-ttl" -> new GroupChurn(o, target, out).run(null);
            case "window-memory" -> new WindowMemory(o, target, out).run();
            case "R4" -> new KapacitorGrid(o, target, out).run();
            default -> throw new IllegalArgumentException("no scenario " + scenario);
        }
    }

    /**
     * Tasks {@code prefix}0.. (or just {@code prefix} when one), the payload at full speed, the tasks
     * deleted; after unreported such runs (see {@link #warmUp}), so the server's JIT has seen the path.
     */
    private Measurement measure(String name, String prefix, int tasks, String script, String lastNode)
            throws IOException, InterruptedException {
        warmUp(() -> measureOnce(name, prefix, tasks, script, lastNode));
        return measureOnce(name, prefix, tasks, script, lastNode);
    }

    /** One unreported run. */
    private interface WarmUpRun {
        Measurement run() throws IOException, InterruptedException;
    }

    /**
     * At least {@code --warmup} unreported runs, then more (at most {@link #MAX_WARMUP}) until one
     * spends at most {@link #SETTLED_JIT_SHARE} of the server's CPU in its JIT: a path that is hot
     * at a few hundred calls a second (an alert's post) reaches C2 only after tens of runs, and a
     * run while C2 compiles measures the compiler's share of two cores. {@code --warmup 0}: none.
     */
    private void warmUp(WarmUpRun run) throws IOException, InterruptedException {
        int runs = 0;
        double jit = 1;
        while (runs < o.warmup() || (o.warmup() > 0 && jit > SETTLED_JIT_SHARE && runs < MAX_WARMUP)) {
            ServerCpu cpu = run.run().serverCpu();
            jit = (double) cpu.jit() / Math.max(1, cpu.total());
            runs++;
        }
        if (runs > 0) {
            out.printf("  (after %d warm-up runs, the last with %.1f%% of the server's CPU in its JIT)%n", runs,
                    jit * 100);
        }
    }

    private Measurement measureOnce(String name, String prefix, int tasks, String script, String lastNode)
            throws IOException, InterruptedException {
        List<String> ids = define(prefix, tasks, script);
        try {
            WriteLoad load = new WriteLoad(target.url(), o.writePath(), bodies, o.connections());
            Drain drain = prefix == null ? Drain.NONE : new Drain(ids.get(ids.size() - 1), prefix + "*", lastNode, 0);
            return Measurement.run(name, target, load, 0, null, drain, tasks);
        } finally {
            delete(ids);
        }
    }

    /** R1 with {@code .post()} to a local receiver, paced to {@code rate} points/s. */
    private void latency(double rate) throws IOException, InterruptedException {
        try (AlertReceiver receiver = new AlertReceiver()) {
            String script = R1.replace(".log('/dev/null')", ".post('" + receiver.url() + "')");
            List<String> ids = define("lat", 1, script);
            try {
                WriteLoad load = new WriteLoad(target.url(), o.writePath(), bodies, o.connections());
                // unreported runs first: the alert's post path and the receiver itself run compiled
                Measurement.Settle alerts = w -> awaitAlerts(receiver, w.requests() - w.failed());
                warmUp(() -> {
                    Measurement w = Measurement.run("latency warm-up", target, load, rate, receiver.marker(bodies),
                            Drain.of("lat", "alert2", bodies.size()), 1, alerts);
                    receiver.reset();
                    return w;
                });
                Measurement m = Measurement.run(String.format("latency @%.0f/s", rate), target, load, rate,
                        receiver.marker(bodies), Drain.of("lat", "alert2", bodies.size()), 1, alerts);
                out.println(m);
                long[] l = receiver.latencies();
                out.printf("  write->alert latency over %d alerts: p50 %.2f ms, p99 %.2f ms, max %.2f ms (%d unmatched)%n",
                        l.length, WriteLoad.percentile(l, 50) / 1e6, WriteLoad.percentile(l, 99) / 1e6,
                        l.length == 0 ? 0 : l[l.length - 1] / 1e6, receiver.unmatched());
                out.println("  by tenths of the alerts, in arrival order (p50/max ms): " + receiver.timeline(10));
                out.println("  the slowest 2% (ms, alert = write request + after it): "
                        + receiver.slowest(Math.max(1, l.length / 50), m.writes().byBody()));
            } finally {
                delete(ids);
            }
        }
    }

    /** The task has collected every point; its alerts may still be on their way to the receiver. */
    private static void awaitAlerts(AlertReceiver receiver, int expected) throws InterruptedException {
        for (int i = 0; i < 100 && receiver.latencies().length < expected; i++) {
            Thread.sleep(100);
        }
    }

    private List<String> define(String prefix, int tasks, String script) throws IOException {
        List<String> ids = new ArrayList<>();
        for (int i = 0; prefix != null && i < tasks; i++) {
            String id = tasks == 1 ? prefix : prefix + i;
            target.api().defineTask(id, o.db(), o.rp(), script, null);
            ids.add(id);
        }
        return ids;
    }

    private void delete(List<String> ids) throws IOException {
        for (String id : ids) {
            target.api().deleteTask(id);
        }
    }
}

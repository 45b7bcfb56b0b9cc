package dev.kapacitor.benchmarks.load;

import java.io.IOException;

/**
 * One measured run: the writes, then the wait until the tasks have taken every point, with the
 * server's CPU time over both. Points per second count to the moment the tasks were drained, so
 * the figure is what the server processes, not what it buffers.
 */
record Measurement(String name, WriteLoad.Result writes, long drainedNanos, ServerCpu serverCpu, long rssBytes,
        long heapAfterGcBytes, int tasks) {

    /** Runs {@code load}, then waits until {@code drain} says the tasks have collected it all. */
    static Measurement run(String name, Target target, WriteLoad load, double rate, WriteLoad.Marker marker,
            Drain drain, int tasks) throws IOException, InterruptedException {
        return run(name, target, load, rate, marker, drain, tasks, w -> { });
    }

    /** What else must be over before the server's CPU and heap are read (e.g. alerts on their way). */
    interface Settle {
        void await(WriteLoad.Result writes) throws InterruptedException;
    }

    /**
     * As above, then waits for {@code settle} before reading the server's CPU and forcing the GC
     * for its heap: a full collection while alerts are still posted would show in their latency.
     */
    static Measurement run(String name, Target target, WriteLoad load, double rate, WriteLoad.Marker marker,
            Drain drain, int tasks, Settle settle) throws IOException, InterruptedException {
        ServerCpu cpu0 = target.server().cpu();
        long start = System.nanoTime();
        WriteLoad.Result writes = load.run(rate, marker);
        drain.await(target.api(), writes.points());
        long drained = System.nanoTime() - start;
        settle.await(writes);
        ServerCpu cpu = target.server().cpu().minus(cpu0);
        return new Measurement(name, writes, drained, cpu, target.server().rssBytes(),
                target.server().heapUsedAfterGcBytes(), tasks);
    }

    long serverCpuNanos() {
        return serverCpu.total();
    }

    double pointsPerSecond() {
        return writes.points() * 1e9 / drainedNanos;
    }

    static String header() {
        return String.format("%-22s %10s %8s %12s %9s %9s %10s %7s %7s %10s %8s %8s %s", "scenario", "points", "tasks",
                "points/s", "req p50", "req p99", "server ns", "jit ns", "gc ns", "client ns", "RSS MB", "heap MB",
                "statuses");
    }

    /**
     * One line: request latencies in ms, CPU in ns per point written (the server's, then the parts
     * of it its JIT and its collector took), memory in MB.
     */
    @Override
    public String toString() {
        long p = Math.max(1, writes.points());
        return String.format("%-22s %,10d %8d %,12.0f %9.2f %9.2f %,10.0f %,7.0f %,7.0f %,10.0f %8.0f %8.0f %s", name,
                writes.points(), tasks, pointsPerSecond(), WriteLoad.percentile(writes.latencies(), 50) / 1e6,
                WriteLoad.percentile(writes.latencies(), 99) / 1e6, (double) serverCpu.total() / p,
                (double) serverCpu.jit() / p, (double) serverCpu.gc() / p, (double) writes.clientCpuNanos() / p, rssBytes / 1048576.0,
                heapAfterGcBytes / 1048576.0, writes.statuses());
    }
}

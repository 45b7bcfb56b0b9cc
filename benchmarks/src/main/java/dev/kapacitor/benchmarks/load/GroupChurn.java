package dev.kapacitor.benchmarks.load;

import dev.kapacitor.benchmarks.CpuPayload;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * R2's task under host churn: every body retires the oldest {@code --churn-per-body} hosts and
 * brings as many new ones, so groups keep appearing. With the task's group-idle-ttl the engine
 * should forget the idle ones and the heap stay flat; the run samples heap after a full GC and the
 * task's working cardinality, and fits a line through the heap samples.
 */
record GroupChurn(Options o, Target target, PrintStream out) {
    void run(String ttl) throws IOException, InterruptedException {
        List<byte[]> bodies = bodies();
        String id = "churn";
        target.api().defineTask(id, o.db(), o.rp(), Scenarios.R2.replace("'r2'", "'churn'"), ttl);
        try {
            out.printf("churn, group-idle-ttl %s: %d hosts live, %d new per body of %d lines (%d s of data)%n",
                    ttl == null ? "none" : ttl, o.hosts(), o.churnPerBody(), o.lines(), o.lines() / o.hosts());
            sample(bodies, id);
        } finally {
            target.api().deleteTask(id);
        }
    }

    private void sample(List<byte[]> bodies, String id) throws IOException, InterruptedException {
        int per = Math.max(1, bodies.size() / o.churnSamples());
        double[] x = new double[(bodies.size() + per - 1) / per];
        double[] heap = new double[x.length];
        long written = 0;
        long nanos = 0;
        long cpu = 0;
        for (int s = 0; s < x.length; s++) {
            List<byte[]> part = bodies.subList(s * per, Math.min(bodies.size(), (s + 1) * per));
            Measurement m = Measurement.run("churn", target, new WriteLoad(target.url(), o.writePath(), part,
                    o.connections()), 0, null, Drain.of(id, "window2", written), 1);
            written += m.writes().points();
            nanos += m.drainedNanos();
            cpu += m.serverCpuNanos();
            x[s] = (double) (s + 1) * per * o.churnPerBody();
            heap[s] = m.heapAfterGcBytes() / 1048576.0;
            out.printf("  after %,9.0f new hosts: working cardinality %,7d, heap after GC %6.1f MB, RSS %5.0f MB%n",
                    x[s], target.api().workingCardinality(id), heap[s], m.rssBytes() / 1048576.0);
        }
        out.printf("  %,d points at %,.0f points/s, server %,.0f CPU-ns per point; heap slope %.2f MB per 100k new hosts%n",
                written, written * 1e9 / nanos, (double) cpu / written, slope(x, heap) * 100_000);
    }

    /** Each body its own window of host numbers, moving on by churn-per-body from body to body. */
    private List<byte[]> bodies() {
        List<byte[]> b = new ArrayList<>();
        for (int i = 0; (long) i * o.lines() < o.points(); i++) {
            String[] hosts = new String[o.hosts()];
            for (int h = 0; h < hosts.length; h++) {
                hosts[h] = "h" + ((long) i * o.churnPerBody() + h);
            }
            b.add(new CpuPayload(hosts, i).body(i, o.lines()));
        }
        return b;
    }

    /** Least-squares slope of y over x. */
    static double slope(double[] x, double[] y) {
        double mx = 0;
        double my = 0;
        for (int i = 0; i < x.length; i++) {
            mx += x[i] / x.length;
            my += y[i] / y.length;
        }
        double num = 0;
        double den = 0;
        for (int i = 0; i < x.length; i++) {
            num += (x[i] - mx) * (y[i] - my);
            den += (x[i] - mx) * (x[i] - mx);
        }
        return den == 0 ? 0 : num / den;
    }
}

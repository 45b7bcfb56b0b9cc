package dev.kapacitor.benchmarks.load;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Sends pre-built write bodies over several keep-alive connections, each connection taking the
 * next body in turn, at full speed or paced to a rate. The bodies are built before the run, so
 * during it the client only copies bytes into sockets.
 */
final class WriteLoad {
    private static final byte[] NO_TAIL = new byte[0];

    /** Adds one line to a request just before it is sent, e.g. a point marked for latency. */
    interface Marker {
        /** @return the line (with its newline) to append to body {@code index}, sent now */
        byte[] tail(int index);
    }

    /**
     * What one run did. Latencies are request round trips, in nanoseconds, sorted; {@code byBody}
     * the same by body index.
     */
    record Result(long points, int requests, int failed, String statuses, long wallNanos, long[] latencies,
            long[] byBody, long clientCpuNanos) {
        double pointsPerSecond() {
            return points * 1e9 / wallNanos;
        }
    }

    private final URI target;
    private final String pathAndQuery;
    private final List<byte[]> bodies;
    private final int[] points;
    private final int connections;

    WriteLoad(URI target, String pathAndQuery, List<byte[]> bodies, int connections) {
        this.target = target;
        this.pathAndQuery = pathAndQuery;
        this.bodies = List.copyOf(bodies);
        this.points = bodies.stream().mapToInt(WriteLoad::lines).toArray();
        this.connections = connections;
    }

    /** Points in all bodies, markers not counted. */
    long totalPoints() {
        return Arrays.stream(points).asLongStream().sum();
    }

    /**
     * Sends every body once. {@code pointsPerSecond} 0 means as fast as the server answers;
     * otherwise body k leaves no earlier than its share of the rate allows.
     */
    Result run(double pointsPerSecond, Marker marker) throws InterruptedException {
        long[] latencies = new long[bodies.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicLong sent = new AtomicLong();
        ConcurrentMap<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        long[] due = schedule(pointsPerSecond);
        long cpu0 = processCpuNanos();
        long start = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            Thread t = new Thread(() -> sendLoop(next, start, due, marker, latencies, sent, statuses), "write-" + c);
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        long wall = System.nanoTime() - start;
        long cpu = processCpuNanos() - cpu0;
        int ok = statuses.getOrDefault(204, new AtomicInteger()).get();
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        return new Result(sent.get(), bodies.size(), bodies.size() - ok, new TreeMap<>(statuses).toString(),
                wall, sorted, latencies, cpu);
    }

    private long[] schedule(double pointsPerSecond) {
        long[] due = new long[bodies.size()];
        if (pointsPerSecond > 0) {
            double at = 0;
            for (int i = 0; i < due.length; i++) {
                due[i] = (long) at;
                at += points[i] * 1e9 / pointsPerSecond;
            }
        }
        return due;
    }

    private void sendLoop(AtomicInteger next, long start, long[] due, Marker marker, long[] latencies,
            AtomicLong sent, ConcurrentMap<Integer, AtomicInteger> statuses) {
        try (WriteConnection conn = new WriteConnection(target, pathAndQuery)) {
            for (int i = next.getAndIncrement(); i < bodies.size(); i = next.getAndIncrement()) {
                waitUntil(start + due[i]);
                long t0 = System.nanoTime();
                int status = conn.post(bodies.get(i), marker == null ? NO_TAIL : marker.tail(i));
                latencies[i] = System.nanoTime() - t0;
                statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                if (status == 204) {
                    sent.addAndGet(points[i]);
                }
            }
        } catch (IOException e) {
            statuses.computeIfAbsent(-1, s -> new AtomicInteger()).incrementAndGet();
            System.err.println("write connection failed: " + e);
        }
    }

    private static void waitUntil(long nanoTime) {
        for (long left = nanoTime - System.nanoTime(); left > 0; left = nanoTime - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }

    private static int lines(byte[] body) {
        int n = 0;
        for (byte b : body) {
            if (b == '\n') {
                n++;
            }
        }
        return n;
    }

    /** This JVM's CPU time, every thread and the GC included. */
    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** The p-th percentile (0..100) of sorted values, nearest rank. */
    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}

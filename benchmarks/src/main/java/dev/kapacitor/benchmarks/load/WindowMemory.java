package dev.kapacitor.benchmarks.load;

import dev.kapacitor.benchmarks.CpuPayload;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;

/**
 * Bytes per point buffered in a window (issue #7: at most 200 B per float point). One task windows
 * the cpu payload by host over whole hours that outlast the payload's data time, so the window
 * emits nothing and keeps every point; the heap after a full GC with them all buffered, minus the
 * heap after a full GC with the task defined and still empty, is divided by the points. Run once
 * with the payload's two float fields and once with usage_idle alone.
 */
record WindowMemory(Options o, Target target, PrintStream out) {
    private static final String ID = "window_memory";
    private static final String WINDOW = "window2";
    private static final long HOUR_SECONDS = 3600;
    private static final int HISTOGRAM_ROWS = 12;
    /** Compressed references: the server's heap is under 32 GB. */
    private static final int REFERENCE_BYTES = 4;
    private static final int ARRAY_HEADER_BYTES = 16;

    void run() throws IOException, InterruptedException {
        String[] hosts = CpuPayload.numberedHosts(o.hosts());
        measure("usage_idle, usage_user", 2, new CpuPayload(hosts, 42));
        measure("usage_idle alone", 1, CpuPayload.idleOnly(hosts, 42));
    }

    private void measure(String fields, int fieldCount, CpuPayload payload) throws IOException, InterruptedException {
        List<byte[]> bodies = Scenarios.cpuBodies(payload, o.points(), o.lines());
        // the parser's caches and the per-thread body buffers fill up here, not in the figure
        new WriteLoad(target.url(), "/write?db=" + ID + "_unread&rp=" + o.rp(), bodies, o.connections()).run(0, null);
        WriteLoad load = new WriteLoad(target.url(), o.writePath(), bodies, o.connections());
        long hours = periodHours(load.totalPoints(), o.hosts());
        target.api().defineTask(ID, o.db(), o.rp(), script(hours), null);
        try {
            long emptyHeap = target.server().heapUsedAfterGcBytes();
            long emptyRss = target.server().rssBytes();
            ClassHistogram empty = ClassHistogram.of(target.server());
            Measurement m = Measurement.run("window-memory", target, load, 0, null, Drain.of(ID, WINDOW, 0), 1);
            long emitted = target.api().nodeStat(ID, WINDOW, "emitted").getOrDefault(ID, -1L);
            if (emitted != 0) {
                throw new IOException(WINDOW + " emitted " + emitted + " windows: the period must outlast the payload");
            }
            long points = m.writes().points();
            out.printf("window-memory, %s: %,d points in %,d groups buffered by window().period(%dh), none emitted%n",
                    fields, points, o.hosts(), hours);
            out.printf("  heap after GC: task empty %.1f MB, points buffered %.1f MB: %.1f B per buffered point"
                            + " (WindowBuffer's rings alone: %.1f B); RSS %.0f -> %.0f MB%n", emptyHeap / 1048576.0,
                    m.heapAfterGcBytes() / 1048576.0, bytesPerPoint(emptyHeap, m.heapAfterGcBytes(), points),
                    (double) ringBytes(points, o.hosts(), fieldCount) / points, emptyRss / 1048576.0, m.rssBytes() / 1048576.0);
            printGrowth(ClassHistogram.of(target.server()).growthSince(empty, HISTOGRAM_ROWS));
        } finally {
            target.api().deleteTask(ID);
        }
    }

    static String script(long hours) {
        return Scenarios.R2.replace("10s", hours + "h").replace("'r2'", "'wm'");
    }

    /**
     * Whole hours longer than the data time from the payload's first line to its last, so the first
     * boundary (the group's first point plus the period) comes after every point.
     */
    static long periodHours(long points, int hosts) {
        return CpuPayload.secondOf(points - 1, hosts) / HOUR_SECONDS + 1;
    }

    static double bytesPerPoint(long emptyHeap, long bufferedHeap, long points) {
        return (double) (bufferedHeap - emptyHeap) / points;
    }

    /**
     * What the column rings of all groups take, by our reading of WindowBuffer: per point a time
     * (8 B), a tags and a layout reference, and 8 B per value, in rings of 8 doubled as needed.
     */
    static long ringBytes(long points, int groups, int fields) {
        long perGroup = (points + groups - 1) / groups;
        long pointRing = ring(perGroup);
        long valueRing = ring(perGroup * fields);
        return groups * (pointRing * (Long.BYTES + 2 * REFERENCE_BYTES) + valueRing * Long.BYTES + 4 * ARRAY_HEADER_BYTES);
    }

    private static long ring(long entries) {
        long c = 8;
        while (c < entries) {
            c *= 2;
        }
        return c;
    }

    /** The classes that grew most while the points were buffered. */
    private void printGrowth(List<ClassHistogram.Row> rows) {
        out.printf("  grown on the heap (jcmd GC.class_histogram, buffered minus empty):%n");
        for (ClassHistogram.Row r : rows) {
            out.printf("  %,14d B %,12d instances  %s%n", r.bytes(), r.instances(), r.className());
        }
    }
}

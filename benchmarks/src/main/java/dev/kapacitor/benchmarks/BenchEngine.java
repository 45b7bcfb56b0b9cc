package dev.kapacitor.benchmarks;

import dev.kapacitor.api.task.Dbrp;
import dev.kapacitor.api.task.TaskDefinition;
import dev.kapacitor.api.task.TaskStatus;
import dev.kapacitor.api.task.TaskType;
import dev.kapacitor.engine.Engine;
import dev.kapacitor.engine.runtime.Node;
import dev.kapacitor.engine.task.TaskMaster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * An engine in process on a temporary data directory, with stream tasks on the payload's db/rp:
 * what the routing and server-path benchmarks drive, through the engine's public API only.
 */
final class BenchEngine implements AutoCloseable {
    /** Points each task may have queued before the writer waits: four bodies. */
    private static final int QUEUE = 4 * CpuPayload.LINES;

    private final Path dataDir;
    private final Engine engine;
    private final List<Node> froms = new ArrayList<>();

    BenchEngine() throws IOException {
        dataDir = Files.createTempDirectory("kapacitor-bench");
        engine = Engine.open(new Engine.Settings(dataDir, QUEUE, 60_000));
    }

    Path dataDir() {
        return dataDir;
    }

    TaskMaster master() {
        return engine.master();
    }

    /** Defines and enables a stream task reading the payload's db/rp. */
    void define(String id, String script) {
        engine.tasks().create(new TaskDefinition(id, null, TaskType.STREAM,
                List.of(new Dbrp(CpuPayload.DATABASE, CpuPayload.RETENTION_POLICY)), script, TaskStatus.ENABLED, null));
        froms.add(engine.master().executing(id).orElseThrow().nodes().stream()
                .filter(n -> n.name().startsWith("from")).findFirst().orElseThrow());
    }

    /** Waits until every task's from() has seen {@code written} points, and fails if one failed on any. */
    void drain(long written) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        for (Node from : froms) {
            await(from, written, deadline);
            if (from.stats().errorCount() != 0) {
                throw new IllegalStateException(from + " failed on points");
            }
        }
    }

    /** Waits (until {@code deadline}, nanoTime) until the node has seen {@code count} points. */
    static void await(Node n, long count, long deadline) throws InterruptedException {
        while (n.stats().collectedCount() < count) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(n + " saw " + n.stats().collectedCount() + " of " + count);
            }
            Thread.sleep(1);
        }
    }

    @Override
    public void close() throws IOException {
        engine.close();
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}

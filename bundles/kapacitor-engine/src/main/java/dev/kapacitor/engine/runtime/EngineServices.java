package dev.kapacitor.engine.runtime;

import dev.kapacitor.api.task.PointsWriter;
import dev.kapacitor.engine.alert.AlertService;
import dev.kapacitor.engine.alert.HandlerCatalog;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** What nodes of all tasks share: one HTTP client, one timer thread, the task workers. Closed with the engine. */
public final class EngineServices implements AutoCloseable {
    private final ScheduledExecutorService scheduler =
            Executors.newSingleThreadScheduledExecutor(daemon("kapacitor-timer"));
    /** Two at least: a node that blocks its worker (a loopback write waiting for room) leaves another. */
    private final TaskWorkers taskWorkers = new TaskWorkers(Math.max(2, Runtime.getRuntime().availableProcessors()));
    private final AlertService alerts;
    private volatile HttpClient httpClient;
    private volatile PointsWriter pointsWriter = (db, rp, points) -> {
        throw new IllegalStateException("the engine takes no points yet");
    };

    /** Services with the built-in alert handlers, keeping alert state in memory. */
    public EngineServices() {
        this.alerts = AlertService.inMemory(HandlerCatalog.withBuiltIns(), scheduler);
    }

    /** Services with these alert handlers, keeping alert state in {@code <dataDir>/alerts}. */
    public EngineServices(HandlerCatalog handlers, Path dataDir) throws IOException {
        try {
            this.alerts = AlertService.open(handlers, dataDir, scheduler);
        } catch (IOException | RuntimeException e) {
            scheduler.shutdownNow();
            taskWorkers.close();
            throw e;
        }
    }

    /** Alert topics, handlers and inhibitors, shared by all tasks. */
    public AlertService alerts() {
        return alerts;
    }

    /** A shared client: HTTP/1.1 (no h2c upgrade surprises for plain receivers), redirects as Go follows them. */
    public HttpClient httpClient() {
        HttpClient c = httpClient;
        if (c == null) {
            synchronized (this) {
                c = httpClient;
                if (c == null) {
                    c = HttpClient.newBuilder()
                            .version(HttpClient.Version.HTTP_1_1)
                            .followRedirects(HttpClient.Redirect.NORMAL)
                            .connectTimeout(Duration.ofSeconds(30))
                            .build();
                    httpClient = c;
                }
            }
        }
        return c;
    }

    /** Where kapacitorLoopback writes: the engine's own point routing. */
    public PointsWriter pointsWriter() {
        return pointsWriter;
    }

    public void setPointsWriter(PointsWriter writer) {
        this.pointsWriter = writer;
    }

    /** The threads that run every task. */
    public TaskWorkers taskWorkers() {
        return taskWorkers;
    }

    public ScheduledExecutorService scheduler() {
        return scheduler;
    }

    @Override
    public void close() {
        alerts.close();
        scheduler.shutdownNow();
        taskWorkers.close();
    }

    /** This server's host name, as alert details and statistics show it. */
    public static String hostname() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    /** Daemon threads with a readable name, so thread dumps show which task or node they serve. */
    public static ThreadFactory daemon(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}

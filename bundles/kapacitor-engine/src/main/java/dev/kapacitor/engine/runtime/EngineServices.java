package dev.kapacitor.engine.runtime;

import dev.kapacitor.api.task.PointsWriter;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** What nodes of all tasks share: one HTTP client, one timer thread. Closed with the engine. */
public final class EngineServices implements AutoCloseable {
    private final ScheduledExecutorService scheduler =
            Executors.newSingleThreadScheduledExecutor(daemon("kapacitor-timer"));
    private volatile HttpClient httpClient;
    private volatile PointsWriter pointsWriter = (db, rp, points) -> {
        throw new IllegalStateException("the engine takes no points yet");
    };

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

    public ScheduledExecutorService scheduler() {
        return scheduler;
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
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

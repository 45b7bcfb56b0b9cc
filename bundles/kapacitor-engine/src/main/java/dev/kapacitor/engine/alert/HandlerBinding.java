package dev.kapacitor.engine.alert;

import dev.kapacitor.api.alert.AlertEvent;
import dev.kapacitor.api.alert.AlertHandlerFactory;
import dev.kapacitor.api.alert.HandlerOptions;
import dev.kapacitor.api.task.StatisticsService;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.BiConsumer;

/**
 * One handler of an alert node, bound by name to whatever service provides it now. When the
 * service goes away, events become counted errors and the task runs on; when a service of that
 * name comes back, the next event makes a new handler from the same options.
 */
public final class HandlerBinding implements TopicHandler {
    private static final long CLOSE_WAIT_MILLIS = 5_000;

    private final AlertService service;
    private final String name;
    private final HandlerOptions options;
    private final BiConsumer<String, Throwable> errors;
    /** Added for a global integration: its absence is no error, the script never asked for it. */
    private final boolean global;
    /** Which handler this is in the statistics: task and node, or topic and handler id. */
    private final Map<String, String> tags;
    private final HandlerCounters counts = new HandlerCounters();
    private int generation = -1;
    private AlertHandlerFactory factory;
    private HandlerQueue queue;

    HandlerBinding(AlertService service, String name, HandlerOptions options, BiConsumer<String, Throwable> errors,
                   boolean global, Map<String, String> tags) {
        this.service = service;
        this.name = name;
        this.options = options;
        this.errors = errors;
        this.global = global;
        this.tags = tags;
    }

    public String name() {
        return name;
    }

    /**
     * Makes the handler now, so a task whose handler cannot be made fails to start.
     *
     * @throws IllegalArgumentException from the handler's factory, or when it is not installed
     */
    public synchronized void start() {
        generation = service.handlers().generation();
        factory = service.handlers().find(name);
        if (factory == null) {
            if (global) {
                return;
            }
            throw new IllegalArgumentException(notInstalled());
        }
        queue = service.queue(name, factory.create(options), errors, counts);
    }

    @Override
    public synchronized boolean handle(AlertEvent event) {
        int g = service.handlers().generation();
        if (g != generation) {
            generation = g;
            rebind();
        }
        if (queue == null) {
            if (global && factory == null) {
                return true;
            }
            errors.accept(factory == null ? notInstalled() : "no " + name + " handler", null);
            return false;
        }
        return queue.offer(event);
    }

    private void rebind() {
        AlertHandlerFactory now = service.handlers().find(name);
        if (now == factory && queue != null) {
            return;
        }
        closeLater(queue);
        queue = null;
        factory = now;
        if (now != null) {
            try {
                queue = service.queue(name, now.create(options), errors, counts);
            } catch (RuntimeException e) {
                errors.accept("failed to create " + name + " handler", e);
            }
        }
    }

    private void closeLater(HandlerQueue q) {
        if (q == null) {
            return;
        }
        counts.retriedBefore.add(q.retried());
        try {
            service.pool().execute(() -> q.close(CLOSE_WAIT_MILLIS));
        } catch (RejectedExecutionException e) {
            // the engine is closing: drop what is queued rather than hold up the task
            q.close(0);
        }
    }

    private String notInstalled() {
        return "alert handler " + name + " is not installed: feature:install " + HandlerCatalog.feature(name);
    }

    /** The handler's statistic: events sent, failed, timed out, retried and dropped (queue full). */
    public synchronized StatisticsService.Statistic statistic() {
        return new StatisticsService.Statistic(AlertService.HANDLER_STATISTIC, tags,
                counts.values(queue == null ? 0 : queue.retried()));
    }

    /** Lets queued events be handled (for a while), then closes the handler. */
    public void close() {
        service.unbound(this);
        HandlerQueue q;
        synchronized (this) {
            q = queue;
            queue = null;
        }
        if (q != null) {
            q.close(CLOSE_WAIT_MILLIS);
        }
    }
}

package dev.kapacitor.engine.alert;

import dev.kapacitor.api.alert.AlertEvent;
import dev.kapacitor.api.alert.AlertHandler;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;

/**
 * One handler behind a bounded queue. Events are handled one at a time, in order, on threads of
 * a shared pool (a queue occupies a thread only while it has events), so a slow handler never
 * holds up the task or the other handlers. A full queue refuses the event (counted as dropped);
 * a call running past the timeout is interrupted (counted, and reported as an error).
 */
final class HandlerQueue {
    /** As Kapacitor's buffer per handler. */
    static final int CAPACITY = 5000;

    private final String name;
    private final AlertHandler handler;
    private final ArrayBlockingQueue<AlertEvent> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final Executor pool;
    private final ScheduledExecutorService timer;
    private final long timeoutNanos;
    private final BiConsumer<String, Throwable> errors;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final HandlerCounters counts;
    private final Object watch = new Object();
    /** Identifies the call in progress, so a late watchdog never interrupts a later call. */
    private Object call;
    private volatile boolean closed;

    /** @param errors told (message, cause) of every failed or timed-out call, on the pool's thread */
    HandlerQueue(String name, AlertHandler handler, Executor pool, ScheduledExecutorService timer, long timeoutNanos,
                 BiConsumer<String, Throwable> errors) {
        this(name, handler, pool, timer, timeoutNanos, errors, new HandlerCounters());
    }

    /** @param counts where sent, failed, timed-out and dropped events are counted */
    HandlerQueue(String name, AlertHandler handler, Executor pool, ScheduledExecutorService timer, long timeoutNanos,
                 BiConsumer<String, Throwable> errors, HandlerCounters counts) {
        this.counts = counts;
        this.name = name;
        this.handler = handler;
        this.pool = pool;
        this.timer = timer;
        this.timeoutNanos = timeoutNanos;
        this.errors = errors;
    }

    String name() {
        return name;
    }

    /** Queues the event without waiting; false (and counted) when the queue is full or closed. */
    boolean offer(AlertEvent event) {
        if (closed || !queue.offer(event)) {
            counts.dropped.increment();
            return false;
        }
        schedule();
        return true;
    }

    private void schedule() {
        if (scheduled.compareAndSet(false, true)) {
            pool.execute(this::drain);
        }
    }

    private void drain() {
        try {
            for (AlertEvent e = queue.poll(); e != null; e = queue.poll()) {
                handleOne(e);
            }
        } finally {
            scheduled.set(false);
            synchronized (this) {
                notifyAll();
            }
        }
        // an event offered while this run was ending found it still scheduled
        if (!queue.isEmpty()) {
            schedule();
        }
    }

    private void handleOne(AlertEvent e) {
        ScheduledFuture<?> watchdog = watch();
        try {
            handler.handle(e);
            counts.sent.increment();
        } catch (InterruptedException ex) {
            counts.timedOut.increment();
            errors.accept(name + " handler timed out after " + TimeUnit.NANOSECONDS.toMillis(timeoutNanos) + " ms", ex);
        } catch (Exception | LinkageError ex) {
            counts.failed.increment();
            errors.accept(name + " handler failed", ex);
        } finally {
            unwatch(watchdog);
        }
    }

    /** Interrupts this call if it runs past the timeout. */
    private ScheduledFuture<?> watch() {
        Thread self = Thread.currentThread();
        Object token = new Object();
        synchronized (watch) {
            call = token;
        }
        return timer.schedule(() -> {
            synchronized (watch) {
                if (call == token) {
                    self.interrupt();
                }
            }
        }, timeoutNanos, TimeUnit.NANOSECONDS);
    }

    private void unwatch(ScheduledFuture<?> watchdog) {
        watchdog.cancel(false);
        synchronized (watch) {
            call = null;
        }
        // a late interrupt must not hit the next queue this pool thread serves
        Thread.interrupted();
    }

    /**
     * Refuses further events, lets the queued ones be handled for up to {@code waitMillis}, then
     * closes the handler; events still queued after that are dropped.
     */
    void close(long waitMillis) {
        closed = true;
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(waitMillis);
        synchronized (this) {
            try {
                while (!queue.isEmpty() || scheduled.get()) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        break;
                    }
                    TimeUnit.NANOSECONDS.timedWait(this, left);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        int left = queue.size();
        queue.clear();
        counts.dropped.add(left);
        try {
            handler.close();
        } catch (RuntimeException e) {
            errors.accept(name + " handler failed to close", e);
        }
    }

    long handled() {
        return counts.sent.sum();
    }

    long failed() {
        return counts.failed.sum();
    }

    long dropped() {
        return counts.dropped.sum();
    }

    long timedOut() {
        return counts.timedOut.sum();
    }

    /** The handler's own retries (an HTTP integration's repeated attempts). */
    long retried() {
        return handler.retried();
    }
}

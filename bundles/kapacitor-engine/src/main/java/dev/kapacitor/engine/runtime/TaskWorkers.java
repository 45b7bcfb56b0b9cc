package dev.kapacitor.engine.runtime;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.RejectedExecutionException;

/**
 * The few threads, one per core, that run every task's work: with a thread per task, 100 tasks
 * on 2 cores were 100 runnable threads switching and each reading the shared chunk from a cold
 * cache. A task is handed to the workers when its inbox has work and runs a bounded slice on one
 * worker at a time, so its nodes still see one thread at a time, in order. The queue is FIFO, so
 * tasks fed the same chunk run their slices of it one after another while it is in cache.
 */
public final class TaskWorkers implements AutoCloseable {
    private final ForkJoinPool pool;

    public TaskWorkers(int workers) {
        this.pool = new ForkJoinPool(workers, TaskWorkers::newWorker, null, true);
    }

    private static ForkJoinWorkerThread newWorker(ForkJoinPool pool) {
        ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
        t.setName("kapacitor-task-worker-" + t.getPoolIndex());
        t.setDaemon(true);
        return t;
    }

    /** Runs a task's slice on a worker; once the engine closed, its tasks are stopped and nothing runs. */
    void execute(Runnable slice) {
        try {
            pool.execute(slice);
        } catch (RejectedExecutionException e) {
            // closed: the task's stop already dropped what it could not finish
        }
    }

    /** Whether work waits for a worker: then a running task should give its worker up. */
    boolean othersWaiting() {
        return pool.hasQueuedSubmissions() || pool.getQueuedTaskCount() > 0;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}

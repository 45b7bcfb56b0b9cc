package dev.kapacitor.engine.nodes;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One thread and one bounded FIFO queue per httpPost node: posts leave in the order the node
 * saw the data, and the task thread never waits on the network. When the queue is full the
 * task thread does not wait either: the post is refused and counted as an error.
 */
final class PostSender {
    private static final Runnable STOP = () -> { };

    private final BlockingQueue<Runnable> queue;
    private final Thread thread;

    PostSender(String name, int capacity) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.thread = new Thread(this::run, name);
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** False when the queue is full. */
    boolean offer(Runnable post) {
        return queue.offer(post);
    }

    private void run() {
        try {
            for (Runnable r = queue.take(); r != STOP; r = queue.take()) {
                r.run();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Sends what is queued, waiting up to {@code waitMillis}, then gives up on the rest. */
    void stop(long waitMillis) {
        try {
            if (!queue.offer(STOP, waitMillis, TimeUnit.MILLISECONDS)) {
                thread.interrupt();
            }
            thread.join(waitMillis);
            if (thread.isAlive()) {
                queue.clear();
                thread.interrupt();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            thread.interrupt();
        }
    }
}

package dev.kapacitor.engine.runtime;

import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The bounded queue in front of a task's thread, bounded by the number of points waiting (not
 * by write requests), so a slow task pushes back on its writers without holding up other tasks.
 * A chunk larger than the whole capacity is still taken when the queue is empty. Continuations
 * (work coming back from a node's helper thread) bypass the bound: they are bounded by that
 * helper's own queue, and blocking them could deadlock the task with its helper.
 */
final class TaskInbox {
    /** One unit of work for the task thread. */
    interface Item {
        /** How many points the item holds (0 for continuations). */
        int points();
    }

    private final ArrayDeque<Item> queue = new ArrayDeque<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition();
    private final Condition notFull = lock.newCondition();
    private final int capacity;
    private int queuedPoints;
    private boolean closedForPoints;
    private boolean closed;

    TaskInbox(int capacity) {
        this.capacity = capacity;
    }

    /**
     * Waits up to {@code timeout} for room. Once the inbox is closed (the task is stopping),
     * items are dropped as accepted, as Kapacitor drops points sent to a closed fork edge.
     *
     * @return false if the wait timed out
     */
    boolean offer(Item item, long timeout, TimeUnit unit) throws InterruptedException {
        int n = item.points();
        long nanos = unit.toNanos(timeout);
        lock.lockInterruptibly();
        try {
            while (!closedForPoints && queuedPoints > 0 && queuedPoints + n > capacity) {
                if (nanos <= 0) {
                    return false;
                }
                nanos = notFull.awaitNanos(nanos);
            }
            if (closedForPoints) {
                return true;
            }
            queue.add(item);
            queuedPoints += n;
            notEmpty.signal();
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Adds without waiting for room; false once closed. */
    boolean put(Item item) {
        lock.lock();
        try {
            if (closed) {
                return false;
            }
            queue.add(item);
            queuedPoints += item.points();
            notEmpty.signal();
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** The next item, or null once the inbox is closed and drained. */
    Item take() throws InterruptedException {
        lock.lockInterruptibly();
        try {
            while (queue.isEmpty()) {
                if (closed) {
                    return null;
                }
                notEmpty.await();
            }
            Item item = queue.poll();
            queuedPoints -= item.points();
            notFull.signalAll();
            return item;
        } finally {
            lock.unlock();
        }
    }

    /** Points are no longer accepted (they are dropped); continuations still are. */
    void closeForPoints() {
        lock.lock();
        try {
            closedForPoints = true;
            notFull.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** No more items are accepted; what is queued is still handed out. */
    void close() {
        lock.lock();
        try {
            closedForPoints = true;
            closed = true;
            notEmpty.signalAll();
            notFull.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Drops what is queued (after a failure, or when a stop must not wait). */
    void clear() {
        lock.lock();
        try {
            queue.clear();
            queuedPoints = 0;
            notFull.signalAll();
        } finally {
            lock.unlock();
        }
    }

    int queuedPoints() {
        lock.lock();
        try {
            return queuedPoints;
        } finally {
            lock.unlock();
        }
    }
}

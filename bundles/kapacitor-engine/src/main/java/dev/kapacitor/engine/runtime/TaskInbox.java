package dev.kapacitor.engine.runtime;

import java.util.ArrayDeque;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The bounded queue in front of a task (run by the shared task workers), bounded by the number of points waiting (not
 * by write requests), so a slow task pushes back on its writers without holding up other tasks.
 * A chunk larger than the whole capacity is still taken when the queue is empty. Continuations
 * (work coming back from a node's helper thread) bypass the bound: they are bounded by that
 * helper's own queue, and blocking them could deadlock the task with its helper.
 */
final class TaskInbox {
    /** One unit of work for the task. */
    interface Item {
        /** How many points the item holds (0 for continuations). */
        int points();
    }

    private final ArrayDeque<Item> queue = new ArrayDeque<>();
    private final ReentrantLock lock = new ReentrantLock();
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
                nanos = awaitRoom(nanos);
            }
            if (closedForPoints) {
                return true;
            }
            queue.add(item);
            queuedPoints += n;
            return true;
        } finally {
            lock.unlock();
        }
    }

    /**
     * A writer on a task worker (a task's kapacitorLoopback) lets the pool run another worker
     * while it waits: else the task it waits for might find no worker free to run it.
     */
    private long awaitRoom(long nanos) throws InterruptedException {
        if (!ForkJoinTask.inForkJoinPool()) {
            return notFull.awaitNanos(nanos);
        }
        RoomWait wait = new RoomWait(nanos);
        ForkJoinPool.managedBlock(wait);
        return wait.nanos;
    }

    /** One wait for room, as the pool's managed blocking wants it; the lock is held. */
    private final class RoomWait implements ForkJoinPool.ManagedBlocker {
        private long nanos;
        private boolean waited;

        RoomWait(long nanos) {
            this.nanos = nanos;
        }

        @Override
        public boolean block() throws InterruptedException {
            nanos = notFull.awaitNanos(nanos);
            waited = true;
            return true;
        }

        @Override
        public boolean isReleasable() {
            return waited;
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
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** The next item, or null when none is queued (the task's worker moves on to other tasks). */
    Item poll() {
        lock.lock();
        try {
            Item item = queue.poll();
            if (item != null) {
                queuedPoints -= item.points();
                notFull.signalAll();
            }
            return item;
        } finally {
            lock.unlock();
        }
    }

    /** Whether items wait; false once they were all handed out. */
    boolean hasItems() {
        lock.lock();
        try {
            return !queue.isEmpty();
        } finally {
            lock.unlock();
        }
    }

    /** Closed and every item handed out: the task has nothing more to run. */
    boolean isDone() {
        lock.lock();
        try {
            return closed && queue.isEmpty();
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

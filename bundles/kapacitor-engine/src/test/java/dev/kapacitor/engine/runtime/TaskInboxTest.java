package dev.kapacitor.engine.runtime;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.TimeUnit;
import org.junit.Test;

public class TaskInboxTest {
    private record Chunk(int points) implements TaskInbox.Item {
    }

    @Test
    public void boundsByPointsAndTimesOut() throws Exception {
        TaskInbox inbox = new TaskInbox(10);
        assertTrue(inbox.offer(new Chunk(6), 0, TimeUnit.MILLISECONDS));
        assertTrue(inbox.offer(new Chunk(4), 0, TimeUnit.MILLISECONDS));
        long t0 = System.nanoTime();
        assertFalse(inbox.offer(new Chunk(1), 50, TimeUnit.MILLISECONDS));
        assertTrue(System.nanoTime() - t0 >= 50_000_000L);
        assertEquals(10, inbox.queuedPoints());
    }

    @Test
    public void aWaitingWriterGoesOnWhenTheTaskTakes() throws Exception {
        TaskInbox inbox = new TaskInbox(10);
        Chunk first = new Chunk(8);
        inbox.offer(first, 0, TimeUnit.MILLISECONDS);
        CompletableFuture<Boolean> writer = CompletableFuture.supplyAsync(() -> {
            try {
                return inbox.offer(new Chunk(5), 5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                return false;
            }
        });
        Thread.sleep(50);
        assertFalse(writer.isDone());
        assertSame(first, inbox.poll());
        assertTrue(writer.get(5, TimeUnit.SECONDS));
    }

    @Test
    public void anOversizedChunkIsTakenWhenEmpty() throws Exception {
        TaskInbox inbox = new TaskInbox(10);
        assertTrue(inbox.offer(new Chunk(50), 0, TimeUnit.MILLISECONDS));
    }

    @Test
    public void continuationsBypassTheBoundAndClosingDrains() throws Exception {
        TaskInbox inbox = new TaskInbox(1);
        inbox.offer(new Chunk(1), 0, TimeUnit.MILLISECONDS);
        assertTrue(inbox.put(new Chunk(0)));
        inbox.closeForPoints();
        assertTrue("points for a stopping task are dropped as accepted", inbox.offer(new Chunk(1), 0, TimeUnit.MILLISECONDS));
        assertTrue(inbox.put(new Chunk(0)));
        inbox.close();
        assertFalse(inbox.put(new Chunk(0)));
        assertEquals(1, inbox.poll().points());
        assertEquals(0, inbox.poll().points());
        assertEquals(0, inbox.poll().points());
        assertNull(inbox.poll());
    }

    @Test
    public void aWriterOnATaskWorkerLetsAnotherWorkerFreeTheRoomItWaitsFor() throws Exception {
        TaskInbox inbox = new TaskInbox(10);
        inbox.offer(new Chunk(10), 0, TimeUnit.MILLISECONDS);
        ForkJoinPool workers = new ForkJoinPool(1);
        try {
            ForkJoinTask<Boolean> writer = workers.submit(() -> inbox.offer(new Chunk(5), 5, TimeUnit.SECONDS));
            Thread.sleep(50);
            workers.submit(inbox::poll); // runs only if the pool added a worker for the waiting writer
            assertTrue(writer.get(5, TimeUnit.SECONDS));
        } finally {
            workers.shutdownNow();
        }
    }
}

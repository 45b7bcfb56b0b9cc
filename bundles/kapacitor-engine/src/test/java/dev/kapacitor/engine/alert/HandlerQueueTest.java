package dev.kapacitor.engine.alert;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.kapacitor.api.alert.AlertEvent;
import dev.kapacitor.api.alert.AlertLevel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.After;
import org.junit.Test;

public class HandlerQueueTest {
    private final ExecutorService pool = Executors.newCachedThreadPool();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final List<String> errors = Collections.synchronizedList(new ArrayList<>());

    @After
    public void close() {
        pool.shutdownNow();
        timer.shutdownNow();
    }

    static AlertEvent event(String id) {
        return AlertEvent.builder().id(id).time(Instant.EPOCH).level(AlertLevel.CRITICAL).json("{}").build();
    }

    private HandlerQueue queue(dev.kapacitor.api.alert.AlertHandler h, long timeoutMillis) {
        return new HandlerQueue("test", h, pool, timer, TimeUnit.MILLISECONDS.toNanos(timeoutMillis),
                (msg, e) -> errors.add(msg + ": " + e.getMessage()));
    }

    @Test
    public void handlesInOrderOffTheCallersThread() {
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        Thread caller = Thread.currentThread();
        HandlerQueue q = queue(e -> {
            assertFalse(Thread.currentThread() == caller);
            seen.add(e.id());
        }, 1000);
        for (int i = 0; i < 100; i++) {
            assertTrue(q.offer(event("e" + i)));
        }
        q.close(5000);
        assertEquals(100, seen.size());
        for (int i = 0; i < 100; i++) {
            assertEquals("e" + i, seen.get(i));
        }
        assertEquals(100, q.handled());
        assertFalse(q.offer(event("late")));
    }

    @Test
    public void aBlockedHandlerFillsItsQueueAndDropsWithoutBlockingTheCaller() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        HandlerQueue q = queue(e -> release.await(), 60_000);
        long t0 = System.nanoTime();
        int accepted = 0;
        for (int i = 0; i < HandlerQueue.CAPACITY + 10; i++) {
            accepted += q.offer(event("e")) ? 1 : 0;
        }
        assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(2));
        // one event is in the handler, CAPACITY wait
        assertTrue(accepted >= HandlerQueue.CAPACITY && accepted <= HandlerQueue.CAPACITY + 1);
        assertEquals(HandlerQueue.CAPACITY + 10 - accepted, q.dropped());
        release.countDown();
        q.close(10_000);
        assertEquals(accepted, q.handled());
    }

    @Test
    public void aCallPastTheTimeoutIsInterruptedAndTheNextEventIsHandled() {
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        HandlerQueue q = queue(e -> {
            if (e.id().equals("slow")) {
                Thread.sleep(10_000);
            }
            seen.add(e.id());
        }, 100);
        long t0 = System.nanoTime();
        q.offer(event("slow"));
        q.offer(event("fast"));
        q.close(5000);
        assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(3));
        assertEquals(List.of("fast"), seen);
        assertEquals(1, q.timedOut());
        assertEquals(List.of("test handler timed out after 100 ms: sleep interrupted"), errors);
    }

    @Test
    public void failuresAreReportedAndCounted() {
        HandlerQueue q = queue(e -> {
            throw new IllegalStateException("no " + e.id());
        }, 1000);
        q.offer(event("a"));
        q.offer(event("b"));
        q.close(5000);
        assertEquals(2, q.failed());
        assertEquals(List.of("test handler failed: no a", "test handler failed: no b"), errors);
    }
}

package dev.kapacitor.http;

import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;

import org.junit.Test;

public class RouterTest {
    private final Handler list = ex -> { };
    private final Handler one = ex -> { };
    private final Handler deep = ex -> { };
    private final Router router = new Router()
            .route("GET", "/kapacitor/v1/tasks", list)
            .route("GET", "/kapacitor/v1/tasks/", one)
            .route("GET", "/kapacitor/v1/tasks/x/", deep);

    @Test
    public void exactPatternMatchesOnlyItself() {
        assertSame(list, router.find("GET", "/kapacitor/v1/tasks"));
        assertNull(router.find("GET", "/kapacitor/v1/taskss"));
    }

    @Test
    public void subtreePatternMatchesBelowItAndLongestWins() {
        assertSame(one, router.find("GET", "/kapacitor/v1/tasks/"));
        assertSame(one, router.find("GET", "/kapacitor/v1/tasks/cpu"));
        assertSame(deep, router.find("GET", "/kapacitor/v1/tasks/x/out"));
    }

    @Test
    public void otherMethodsDoNotMatch() {
        assertNull(router.find("PUT", "/kapacitor/v1/tasks"));
        assertNull(router.find("POST", "/kapacitor/v1/tasks/cpu"));
    }
}

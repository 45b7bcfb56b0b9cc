package dev.kapacitor.engine.alert;

import dev.kapacitor.api.alert.support.AlertJson;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import dev.kapacitor.api.alert.AlertEvent;
import dev.kapacitor.api.task.StatisticsService;
import dev.kapacitor.api.alert.AlertLevel;
import dev.kapacitor.api.alert.TopicEventState;
import dev.kapacitor.api.alert.TopicHandlerSpec;
import dev.kapacitor.api.alert.TopicState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.BooleanSupplier;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class TopicHandlersTest {
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private Path dir;
    private AlertService alerts;
    private TopicHandlers topics;

    @Before
    public void open() throws Exception {
        dir = Files.createTempDirectory("topic-handlers");
        alerts = AlertService.open(HandlerCatalog.withBuiltIns(), dir, timer);
        topics = TopicHandlers.open(alerts, dir);
    }

    @After
    public void close() {
        topics.close();
        alerts.close();
        timer.shutdownNow();
    }

    private static AlertEvent event(String host, AlertLevel level, long seconds) {
        return AlertEvent.builder().id("cpu:" + host).message(host + " is " + level).time(Instant.ofEpochSecond(seconds))
                .level(level).tags(Map.of("host", host)).duration(Duration.ofSeconds(seconds))
                .jsonEncoder(AlertJson::encode).build();
    }

    private static TopicHandlerSpec spec(String topic, String id, String kind, Map<String, Object> options, String match) {
        return new TopicHandlerSpec(id, topic, kind, options, match);
    }

    private static void await(BooleanSupplier done) throws InterruptedException {
        for (int i = 0; i < 500 && !done.getAsBoolean(); i++) {
            Thread.sleep(10);
        }
        assertTrue("timed out", done.getAsBoolean());
    }

    private static List<String> lines(Path f) {
        try {
            return Files.exists(f) ? Files.readAllLines(f) : List.of();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    public void aLogHandlerGetsTheMatchingEventsOfItsTopic() throws Exception {
        Path log = dir.resolve("ops.log");
        topics.createHandler(spec("ops", "to-log", "log", Map.of("path", log.toString()),
                "changed() AND \"host\" == 'a'"));
        alerts.topic("ops").collect(event("a", AlertLevel.WARNING, 1));
        alerts.topic("ops").collect(event("a", AlertLevel.WARNING, 2));
        alerts.topic("ops").collect(event("b", AlertLevel.CRITICAL, 3));
        alerts.topic("ops").collect(event("a", AlertLevel.OK, 4));
        await(() -> lines(log).size() == 2);
        assertEquals(List.of(
                "{\"id\":\"cpu:a\",\"message\":\"a is WARNING\",\"details\":\"\",\"time\":\"1970-01-01T00:00:01Z\","
                        + "\"duration\":1000000000,\"level\":\"WARNING\",\"data\":{\"series\":null},"
                        + "\"previousLevel\":\"OK\",\"recoverable\":true}",
                "{\"id\":\"cpu:a\",\"message\":\"a is OK\",\"details\":\"\",\"time\":\"1970-01-01T00:00:04Z\","
                        + "\"duration\":4000000000,\"level\":\"OK\",\"data\":{\"series\":null},"
                        + "\"previousLevel\":\"WARNING\",\"recoverable\":true}"), lines(log));
        // the count follows the handler's return, a moment after its write
        await(() -> alerts.handlerStatistics().get(0).values().get("sent").equals(2L));
        assertEquals(List.of(new StatisticsService.Statistic("alert_handlers",
                        Map.of("topic", "ops", "id", "to-log", "handler", "log"),
                        Map.of("sent", 2L, "failed", 0L, "timed_out", 0L, "retried", 0L, "dropped", 0L))),
                alerts.handlerStatistics());
        topics.deleteHandler("ops", "to-log");
        assertEquals(List.of(), alerts.handlerStatistics());
    }

    @Test
    public void publishAndAggregateFeedOtherTopics() throws Exception {
        topics.createHandler(spec("ops", "copy", "publish", Map.of("topics", List.of("copy1", "copy2")), ""));
        topics.createHandler(spec("ops", "agg", "aggregate",
                Map.of("id", "agg", "interval", "100ms", "topic", "summary"), "level() >= WARNING"));
        alerts.topic("ops").collect(event("a", AlertLevel.WARNING, 1));
        alerts.topic("ops").collect(event("b", AlertLevel.CRITICAL, 2));
        alerts.topic("ops").collect(event("c", AlertLevel.INFO, 3));
        assertEquals(new TopicState("copy2", AlertLevel.CRITICAL, 3), topics.topic("copy2").orElseThrow());
        await(() -> topics.topic("summary").map(t -> t.collected() == 1).orElse(false));
        assertEquals(List.of(new TopicEventState("agg", "Received 2 events in the last 100ms.",
                "a is WARNING\nb is CRITICAL", 2_000_000_000L, 2_000_000_000L, AlertLevel.CRITICAL)),
                topics.events("summary", AlertLevel.OK));
        assertEquals(List.of("copy1", "copy2", "ops", "summary"),
                topics.topics(AlertLevel.OK).stream().map(TopicState::id).toList());
        assertEquals(List.of("copy2", "ops", "summary"),
                topics.topics(AlertLevel.CRITICAL).stream().map(TopicState::id).toList().subList(1, 4));
    }

    @Test
    public void handlersSurviveARestartAndCanBeReplacedAndDeleted() throws Exception {
        topics.createHandler(spec("ops", "copy", "publish", Map.of("topics", List.of("copy1")), ""));
        topics.createHandler(spec("ops", "other", "publish", Map.of("topics", List.of("copy9")), "level() == OK"));
        topics.close();
        alerts.close();

        alerts = AlertService.open(HandlerCatalog.withBuiltIns(), dir, timer);
        topics = TopicHandlers.open(alerts, dir);
        assertEquals(List.of("copy", "other"), topics.handlers("ops").stream().map(TopicHandlerSpec::id).toList());
        alerts.topic("ops").collect(event("a", AlertLevel.WARNING, 1));
        assertEquals(1, topics.topic("copy1").orElseThrow().collected());

        topics.replaceHandler("copy", spec("ops", "copy2", "publish", Map.of("topics", List.of("copy2")), ""));
        topics.deleteHandler("ops", "other");
        alerts.topic("ops").collect(event("a", AlertLevel.OK, 2));
        assertEquals(1, topics.topic("copy1").orElseThrow().collected());
        assertEquals(1, topics.topic("copy2").orElseThrow().collected());
        assertTrue(topics.topic("copy9").isEmpty());
        assertEquals(List.of(spec("ops", "copy2", "publish", Map.of("topics", List.of("copy2")), "")),
                topics.handlers("ops"));
    }

    @Test
    public void invalidHandlersAreRefusedWithKapacitorsMessages() {
        topics.createHandler(spec("ops", "h", "publish", Map.of("topics", List.of("x")), ""));
        assertEquals("cannot register handler, handler with ID \"h\" already exists", assertThrows(
                IllegalArgumentException.class, () -> topics.createHandler(spec("ops", "h", "publish", null, "")))
                .getMessage());
        assertEquals("unsupported action kind \"nope\"", assertThrows(IllegalArgumentException.class,
                () -> topics.createHandler(spec("ops", "n", "nope", null, ""))).getMessage());
        assertEquals("alert handler slack is not installed: feature:install kapacitor-alert-slack",
                assertThrows(IllegalArgumentException.class,
                        () -> topics.createHandler(spec("ops", "n", "slack", null, ""))).getMessage());
        assertEquals("handler ID must contain only letters, numbers, '-', '.' and '_'. \"a b\"",
                assertThrows(IllegalArgumentException.class,
                        () -> topics.createHandler(spec("ops", "a b", "publish", null, ""))).getMessage());
        assertEquals("unknown identifier \"LOW\"", assertThrows(IllegalArgumentException.class,
                () -> topics.createHandler(spec("ops", "m", "publish", null, "level() > LOW"))).getMessage());
        assertEquals("unknown option \"topic\"", assertThrows(IllegalArgumentException.class,
                () -> topics.createHandler(spec("ops", "o", "publish", Map.of("topic", "x"), ""))).getMessage());
        assertEquals(List.of("h"), topics.handlers("ops").stream().map(TopicHandlerSpec::id).toList());
    }

    @Test
    public void aSavedHandlerWhoseIntegrationIsMissingStartsWhenItIsInstalled() throws Exception {
        CaptureHandlers first = new CaptureHandlers();
        alerts.handlers().add("post", first);
        topics.createHandler(spec("ops", "p", "post", Map.of("url", "hook"), ""));
        topics.close();
        alerts.close();

        alerts = AlertService.open(HandlerCatalog.withBuiltIns(), dir, timer);
        topics = TopicHandlers.open(alerts, dir);
        assertEquals(List.of("p"), topics.handlers("ops").stream().map(TopicHandlerSpec::id).toList());
        alerts.topic("ops").collect(event("a", AlertLevel.WARNING, 1));
        CaptureHandlers later = new CaptureHandlers();
        alerts.handlers().add("post", later);
        alerts.topic("ops").collect(event("b", AlertLevel.CRITICAL, 2));
        await(() -> later.received.size() == 1);
        assertEquals(List.of("CRITICAL(OK) cpu:b: b is CRITICAL"), later.summary("hook"));
        assertEquals(List.of(), first.received);
    }
}

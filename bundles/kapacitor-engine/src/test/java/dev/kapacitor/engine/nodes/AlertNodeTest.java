package dev.kapacitor.engine.nodes;

import static dev.kapacitor.engine.nodes.TestPipelines.T0;
import static dev.kapacitor.engine.nodes.TestPipelines.lines;
import static org.junit.Assert.assertEquals;

import dev.kapacitor.api.model.Point;
import dev.kapacitor.engine.alert.CaptureHandlers;
import dev.kapacitor.engine.edge.BufferedBatchMessage;
import dev.kapacitor.engine.edge.Message;
import dev.kapacitor.engine.runtime.EngineServices;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class AlertNodeTest {
    private static final long S = 1_000_000_000L;
    private EngineServices services;
    private CaptureHandlers capture;

    @Before
    public void open() {
        services = new EngineServices();
        capture = new CaptureHandlers();
        services.alerts().handlers().add("capture", capture);
    }

    @After
    public void close() {
        services.close();
    }

    private TestPipelines.Run run(String script, List<Point> points) throws InterruptedException {
        TestPipelines.Run r = TestPipelines.start(script, services);
        r.write(points);
        return r.finish();
    }

    /** Points of measurement m with field v, one a second from T0. */
    private static List<Point> values(double... vs) {
        String[] ls = new String[vs.length];
        for (int i = 0; i < vs.length; i++) {
            ls[i] = "m v=" + vs[i] + " " + (T0 + i * S);
        }
        return lines(ls);
    }

    @Test
    public void levelsEscalateAndRecoverAndOkAfterOkIsSilent() throws Exception {
        var r = run("stream|from()|alert().id('a').message('msg').details('d')"
                + ".info(lambda: \"v\" > 50).warn(lambda: \"v\" > 70).crit(lambda: \"v\" > 90).capture('c')",
                values(10, 55, 75, 95, 96, 80, 40, 30));
        assertEquals(List.of("INFO(OK) a: msg", "WARNING(INFO) a: msg", "CRITICAL(WARNING) a: msg",
                "CRITICAL(CRITICAL) a: msg", "WARNING(CRITICAL) a: msg", "OK(WARNING) a: msg"), capture.summary("c"));
        assertEquals("{\"id\":\"a\",\"message\":\"msg\",\"details\":\"d\",\"time\":\"2020-01-01T00:00:04Z\","
                        + "\"duration\":3000000000,\"level\":\"CRITICAL\",\"data\":{\"series\":[{\"name\":\"m\","
                        + "\"columns\":[\"time\",\"v\"],\"values\":[[\"2020-01-01T00:00:04Z\",96]]}]},"
                        + "\"previousLevel\":\"CRITICAL\",\"recoverable\":true}",
                capture.received.get(3).event().json());
        Map<String, Object> stats = stats(r, "alert2");
        assertEquals(6L, stats.get("alerts_triggered"));
        assertEquals(1L, stats.get("oks_triggered"));
        assertEquals(1L, stats.get("infos_triggered"));
        assertEquals(2L, stats.get("warns_triggered"));
        assertEquals(2L, stats.get("crits_triggered"));
        assertEquals(0L, stats.get("events_dropped"));
    }

    @Test
    public void anIdleGroupsStateGoesWithTheGroupIdleTtlAndComesBackFromTheTopic() throws Exception {
        TestPipelines.Run r = TestPipelines.start("stream|from().measurement('m').groupBy('host')"
                + "|alert().id('{{ index .Tags \"host\" }}').message('{{ .ID }}').crit(lambda: \"v\" > 90).capture('c')",
                services, 5 * S);
        String[] ls = new String[21];
        ls[0] = "m,host=a v=95 " + T0;
        for (int i = 1; i <= 20; i++) {
            ls[i] = "m,host=b v=1 " + (T0 + i * S);
        }
        r.write(lines(ls));
        waitFor(() -> (Long) stats(r, "alert2").get("collected") == 21L);
        assertEquals("a went idle 5s after its point", 1L, stats(r, "alert2").get("working_cardinality"));
        r.write(lines("m,host=a v=1 " + (T0 + 21 * S)));
        r.finish();
        // the topic kept a's CRITICAL: its state starts from it again, so its recovery is not lost
        assertEquals(List.of("CRITICAL(OK) a: a", "OK(CRITICAL) a: a"), capture.summary("c"));
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        dev.kapacitor.engine.task.PersistenceTest.waitFor(condition);
    }

    private static Map<String, Object> stats(TestPipelines.Run r, String node) {
        @SuppressWarnings("unchecked")
        var nodes = (Map<String, Map<String, Object>>) r.task.executionStats().get("node-stats");
        return nodes.get(node);
    }

    @Test
    public void resetLambdasHoldALevelUntilTheyPass() throws Exception {
        run("stream|from()|alert().id('a').message('m').details('')"
                + ".warn(lambda: \"v\" > 70).warnReset(lambda: \"v\" < 50).capture('c')", values(75, 65, 45, 65));
        assertEquals(List.of("WARNING(OK) a: m", "WARNING(WARNING) a: m", "OK(WARNING) a: m"), capture.summary("c"));
    }

    @Test
    public void stateChangesOnlyResendsAfterTheIntervalInPointTime() throws Exception {
        run("stream|from()|alert().id('a').message('m').details('')"
                + ".crit(lambda: \"v\" > 90).stateChangesOnly(2s).capture('c')", values(95, 95, 95, 95, 10, 10));
        assertEquals(List.of("CRITICAL(OK) a: m", "CRITICAL(CRITICAL) a: m", "OK(CRITICAL) a: m"), capture.summary("c"));
        assertEquals(List.of(0L, 2 * S, 4 * S), durations());
    }

    private List<Long> durations() {
        List<Long> out = new ArrayList<>();
        capture.received.forEach(x -> out.add(x.event().duration().toNanos()));
        return out;
    }

    @Test
    public void noRecoveriesSuppressesOkAndThePreviousLevelIsTheLastSent() throws Exception {
        run("stream|from()|alert().id('a').message('m').details('')"
                + ".crit(lambda: \"v\" > 90).noRecoveries().capture('c')", values(95, 10, 95));
        assertEquals(List.of("CRITICAL(OK) a: m", "CRITICAL(CRITICAL) a: m"), capture.summary("c"));
        assertEquals(false, capture.received.get(0).event().recoverable());
    }

    @Test
    public void onlyDataThatRaisedAnEventGoesOnAnnotated() throws Exception {
        var r = run("stream|from()|alert().id('a').message('m').details('')"
                + ".crit(lambda: \"v\" > 90).levelTag('lvl').idField('aid').durationField('d')|capture()",
                values(10, 95, 96, 10, 10));
        List<String> got = new ArrayList<>();
        for (Point p : r.points()) {
            got.add(p.tags() + " " + p.fields());
        }
        assertEquals(3, got.size());
        assertEquals("CRITICAL", r.points().get(0).tags().get("lvl"));
        assertEquals("a", r.points().get(0).fields().get("aid"));
        assertEquals(S, r.points().get(1).fields().get("d"));
        assertEquals("OK", r.points().get(2).tags().get("lvl"));
        assertEquals(2 * S, r.points().get(2).fields().get("d"));
    }

    @Test
    public void batchesAlertOnTheHighestPointAndRecoverAtTheBatchTime() throws Exception {
        var r = run("stream|from()|batchEvery(3)|alert().id('b').message('m').details('')"
                        + ".warn(lambda: \"v\" > 5).crit(lambda: \"v\" > 8).capture('c')|capture()",
                values(1, 9, 6, 1, 2, 1));
        assertEquals(List.of("CRITICAL(OK) b: m", "OK(CRITICAL) b: m"), capture.summary("c"));
        assertEquals(T0 + S, nanos(capture.received.get(0).event()));
        assertEquals(T0 + 5 * S, nanos(capture.received.get(1).event()));
        List<Message> out = r.captured();
        assertEquals(2, out.size());
        assertEquals(3, ((BufferedBatchMessage) out.get(0)).points().size());
    }

    @Test
    public void allNeedsEveryPointAndUsesTheBatchTime() throws Exception {
        run("stream|from()|batchEvery(3)|alert().id('b').message('m').details('')"
                + ".warn(lambda: \"v\" > 5).crit(lambda: \"v\" > 8).all().capture('c')", values(9, 9, 6, 9, 9, 9));
        assertEquals(List.of("WARNING(OK) b: m", "CRITICAL(WARNING) b: m"), capture.summary("c"));
        assertEquals(T0 + 2 * S, nanos(capture.received.get(0).event()));
    }

    private static long nanos(dev.kapacitor.api.alert.AlertEvent e) {
        return e.time().getEpochSecond() * S + e.time().getNano();
    }

    @Test
    public void aLevelLambdaThatFailsIsSkippedAndCounted() throws Exception {
        var r = run("stream|from()|alert().id('a').message('m').details('')"
                + ".warn(lambda: \"v\" > 5).crit(lambda: \"w\" > 5).capture('c')",
                lines("m v=6 " + T0, "m v=6,w=6 " + (T0 + S), "m v=1 " + (T0 + 2 * S)));
        assertEquals(List.of("WARNING(OK) a: m", "CRITICAL(WARNING) a: m", "OK(CRITICAL) a: m"), capture.summary("c"));
        assertEquals(3L, r.node("alert2").stats().errorCount());
    }

    @Test
    public void anInhibitingAlertSuppressesEventsOfTheCategoryWithEqualTags() throws Exception {
        var r = run("var s = stream|from().groupBy('host')\n"
                + "s|where(lambda: \"host\" == 'a')|alert().id('down').message('m').details('').crit(lambda: \"up\" == 0).inhibit('cpu', 'host')"
                + ".capture('down')\n"
                + "s|alert().id('cpu').message('m').details('').category('cpu').crit(lambda: \"load\" > 1.0)"
                + ".capture('cpu')",
                lines("m,host=a up=1i,load=2 " + T0, "m,host=a up=0i,load=3 " + (T0 + S),
                        "m,host=b up=1i,load=3 " + (T0 + 2 * S), "m,host=a up=1i,load=4 " + (T0 + 3 * S)));
        assertEquals(List.of("CRITICAL(OK) down: m", "OK(CRITICAL) down: m"), capture.summary("down"));
        // the second host=a event is inhibited; host=b is not
        assertEquals(List.of("CRITICAL(OK) cpu: m", "CRITICAL(CRITICAL) cpu: m", "CRITICAL(CRITICAL) cpu: m"),
                capture.summary("cpu"));
        assertEquals(1L, stats(r, "alert4").get("alerts_inhibited"));
        assertEquals(3L, stats(r, "alert4").get("alerts_triggered"));
    }

    @Test
    public void aHandlerUninstalledWhileTheTaskRunsTurnsEventsIntoErrorsUntilItReturns() throws Exception {
        TestPipelines.Run r = TestPipelines.start("stream|from()|alert().id('a').message('m').details('')"
                + ".crit(lambda: \"v\" > 90).capture('c')", services);
        r.write(values(95));
        waitFor(() -> capture.received.size() == 1);
        services.alerts().handlers().remove("capture", capture);
        r.write(lines("m v=96 " + (T0 + S)));
        waitFor(() -> r.node("alert2").stats().errorCount() == 1);
        CaptureHandlers back = new CaptureHandlers();
        services.alerts().handlers().add("capture", back);
        r.write(lines("m v=10 " + (T0 + 2 * S)));
        r.finish();
        assertEquals(List.of("CRITICAL(OK) a: m"), capture.summary("c"));
        assertEquals(List.of("OK(CRITICAL) a: m"), back.summary("c"));
        assertEquals(1L, r.node("alert2").stats().errorCount());
        assertEquals(1L, stats(r, "alert2").get("events_dropped"));
    }

    @Test
    public void templatesSeeKapacitorsDataAndDetailsAreEscaped() throws Exception {
        run("stream|from().groupBy('host')|alert().id('{{ .TaskName }}:{{ index .Tags \"host\" }}')"
                + ".message('{{ .ID }} {{ .Level }} {{ .Group }} {{ index .Fields \"v\" }} {{ .Duration }} {{ .Time.Unix }}')"
                + ".details('<p>{{ .Message }}</p>').crit(lambda: \"v\" > 90).capture('c')",
                lines("m,host=a<b> v=95 " + T0, "m,host=a<b> v=97 " + (T0 + 90 * S)));
        assertEquals(List.of("CRITICAL(OK) test:a<b>: test:a<b> CRITICAL host=a<b> 95 0s 1577836800",
                "CRITICAL(CRITICAL) test:a<b>: test:a<b> CRITICAL host=a<b> 97 1m30s 1577836890"), capture.summary("c"));
        assertEquals("<p>test:a&lt;b&gt; CRITICAL host=a&lt;b&gt; 95 0s 1577836800</p>",
                capture.received.get(0).event().details());
    }

    @Test
    public void groupsTakingTurnsKeepTheirOwnState() throws Exception {
        run("stream|from().groupBy('host')|alert().id('{{ index .Tags \"host\" }}').message('m').details('')"
                + ".crit(lambda: \"v\" > 90).capture('c')",
                lines("m,host=a v=95 " + T0, "m,host=b v=10 " + (T0 + S), "m,host=a v=96 " + (T0 + 2 * S),
                        "m,host=b v=97 " + (T0 + 3 * S), "m,host=b v=98 " + (T0 + 4 * S), "m,host=a v=1 " + (T0 + 5 * S)));
        assertEquals(List.of("CRITICAL(OK) a: m", "CRITICAL(CRITICAL) a: m", "CRITICAL(OK) b: m",
                "CRITICAL(CRITICAL) b: m", "OK(CRITICAL) a: m"), capture.summary("c"));
    }

    @Test
    public void defaultsAreKapacitorsIdMessageAndJsonDetails() throws Exception {
        run("stream|from()|alert().crit(lambda: \"v\" > 90).capture('c')", values(95));
        var e = capture.received.get(0).event();
        assertEquals("m:nil", e.id());
        assertEquals("m:nil is CRITICAL", e.message());
        String host = java.net.InetAddress.getLocalHost().getHostName();
        assertEquals(("{'Name':'m','TaskName':'test','Group':'nil','Tags':{},'ServerInfo':{'Hostname':'" + host
                + "','ClusterID':'','ServerID':''},'ID':'m:nil','Fields':{'v':95},'Level':'CRITICAL',"
                + "'Time':'2020-01-01T00:00:00Z','Duration':0,'Message':'m:nil is CRITICAL'}\n").replace("'", "&#34;"),
                e.details());
    }

    @Test
    public void namedTopicsCollectTheEventsOfSeveralAlertsWithoutAnAnonymousTopic() throws Exception {
        List<String> seen = new ArrayList<>();
        services.alerts().topic("ops").addHandler(e -> seen.add(e.id() + " " + e.level() + "<-" + e.previousLevel()));
        run("var s = stream|from()\n"
                + "s|alert().id('hot').message('').details('').crit(lambda: \"v\" > 90).topic('ops')\n"
                + "s|alert().id('cold').message('').details('').warn(lambda: \"v\" < 20).topic('ops')",
                values(95, 10, 50));
        assertEquals(List.of("hot CRITICAL<-OK", "cold WARNING<-OK", "hot OK<-CRITICAL", "cold OK<-WARNING"), seen);
        assertEquals(java.util.Set.of("ops"), services.alerts().topicIds());
        assertEquals(dev.kapacitor.api.alert.AlertLevel.OK, services.alerts().topic("ops").level());
        assertEquals(4, services.alerts().topic("ops").collected());
    }

    /** Without a topic nothing reads the default details, but .messageField() reads the message. */
    @Test
    public void templatesRenderWhatTheirReadersNeed() throws Exception {
        var r = run("stream|from()|alert().crit(lambda: \"v\" > 90).messageField('msg')|capture()", values(95));
        assertEquals("m:nil is CRITICAL", r.points().get(0).fields().get("msg"));
        run("stream|from()|alert().crit(lambda: \"v\" > 90).topic('kept')", values(95));
        var kept = services.alerts().topic("kept").eventState("m:nil");
        assertEquals("m:nil is CRITICAL", kept.message());
        assertEquals(true, kept.details().startsWith("{&#34;Name&#34;:&#34;m&#34;,"));
    }

    /** A template that may fail runs even when nothing reads it: its failure drops the event, as in Kapacitor. */
    @Test
    public void aFailingTemplateDropsTheEventWhenNothingReadsIt() throws Exception {
        for (String t : List.of(".message('{{ index .Fields \"v\" 1 }}')", ".details('{{ index .Fields \"v\" 1 }}')")) {
            var r = run("stream|from()|alert()" + t + ".crit(lambda: \"v\" > 90)|capture()", values(95, 96));
            assertEquals(t, 0, r.points().size());
            assertEquals(t, 2L, r.node("alert2").stats().errorCount());
        }
    }
}

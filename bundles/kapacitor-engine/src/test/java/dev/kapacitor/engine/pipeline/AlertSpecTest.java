package dev.kapacitor.engine.pipeline;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import dev.kapacitor.api.alert.AlertLevel;
import dev.kapacitor.api.alert.HandlerOptions;
import dev.kapacitor.engine.alert.CaptureHandlers;
import dev.kapacitor.engine.alert.HandlerCatalog;
import dev.kapacitor.engine.nodes.Nodes;
import dev.kapacitor.engine.tick.ScriptEvaluator;
import dev.kapacitor.tickscript.TickscriptParser;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class AlertSpecTest {
    private final HandlerCatalog handlers = HandlerCatalog.withBuiltIns();

    public AlertSpecTest() {
        handlers.add("capture", new CaptureHandlers());
    }

    private AlertSpec alert(String script) {
        PipelineSpec p = ScriptEvaluator.evaluate(TickscriptParser.parse(script), EdgeType.STREAM,
                Nodes.registry().catalog(handlers), Map.of());
        return p.nodesOf(AlertSpec.class).get(0);
    }

    private String error(String script) {
        return assertThrows(SpecException.class, () -> alert(script)).getMessage();
    }

    @Test
    public void hasKapacitorsDefaults() {
        AlertSpec a = alert("stream|from()|alert()");
        assertEquals("{{ .Name }}:{{ .Group }}", a.alertId());
        assertEquals("{{ .ID }} is {{ .Level }}", a.message());
        assertEquals("{{ json . }}", a.details());
        assertEquals(21, a.history());
        assertFalse(a.stateChangesOnly());
        assertEquals(List.of(), a.handlers());
    }

    @Test
    public void setsEveryProperty() {
        AlertSpec a = alert("stream|from()|alert().id('i').message('m').details('d').topic('t').category('c')"
                + ".info(lambda: \"v\" > 1).warn(lambda: \"v\" > 2).crit(lambda: \"v\" > 3)"
                + ".infoReset(lambda: \"v\" < 1).warnReset(lambda: \"v\" < 2).critReset(lambda: \"v\" < 3)"
                + ".flapping(0.25, 0.5).history(10).levelTag('lt').levelField('lf').messageField('mf')"
                + ".durationField('df').idTag('it').idField('if').all().noRecoveries().stateChangesOnly(5m)"
                + ".inhibit('cat', 'host', 'dc').inhibit('other')");
        assertEquals(List.of("i", "m", "d", "t", "c"), List.of(a.alertId(), a.message(), a.details(), a.topic(), a.category()));
        for (AlertLevel l : List.of(AlertLevel.INFO, AlertLevel.WARNING, AlertLevel.CRITICAL)) {
            assertEquals(1, a.level(l).references().size());
            assertEquals(1, a.reset(l).references().size());
        }
        assertTrue(a.useFlapping());
        assertEquals(0.25, a.flapLow(), 0);
        assertEquals(0.5, a.flapHigh(), 0);
        assertEquals(10, a.history());
        assertEquals(List.of("lt", "lf", "mf", "df", "it", "if"), List.of(a.levelTag(), a.levelField(), a.messageField(),
                a.durationField(), a.idTag(), a.idField()));
        assertTrue(a.all() && a.noRecoveries() && a.stateChangesOnly());
        assertEquals(300_000_000_000L, a.stateChangesOnlyInterval());
        assertEquals(List.of(new AlertSpec.InhibitSpec("cat", List.of("host", "dc")),
                new AlertSpec.InhibitSpec("other", List.of())), a.inhibitors());
    }

    @Test
    public void handlerOptionsAreCheckedByTheHandlersDescriptor() {
        AlertSpec a = alert("stream|from()|alert().log('/tmp/a.log').mode(0644).capture('x').tags('a', 'b').tags('c')"
                + ".fail().crit(lambda: TRUE).capture('y')");
        assertEquals(List.of("log", "capture", "capture"), a.handlers().stream().map(AlertHandlerSpec::name).toList());
        HandlerOptions log = a.handlers().get(0).options("task");
        assertEquals(List.of("/tmp/a.log"), log.args());
        assertEquals(0644, log.integer("mode", 0));
        assertEquals("alert2", log.nodeName());
        assertEquals("task", log.taskId());
        HandlerOptions x = a.handlers().get(1).options("task");
        assertEquals(List.of(List.of("a", "b"), List.of("c")), x.calls("tags"));
        assertTrue(x.has("fail"));
        assertFalse(a.handlers().get(2).options("t").has("fail"));
        assertEquals(List.of(), List.copyOf(a.level(AlertLevel.CRITICAL).references()));
    }

    @Test
    public void durationsReachHandlersAsJavaDurations() {
        handlers.add("timed", new dev.kapacitor.api.alert.AlertHandlerFactory() {
            @Override
            public dev.kapacitor.api.alert.HandlerDescriptor descriptor() {
                return dev.kapacitor.api.alert.HandlerDescriptor.builder()
                        .option("timeout", dev.kapacitor.api.alert.OptionType.DURATION).build();
            }

            @Override
            public dev.kapacitor.api.alert.AlertHandler create(HandlerOptions options) {
                throw new UnsupportedOperationException();
            }
        });
        AlertSpec a = alert("stream|from()|alert().timed().timeout(1500ms)");
        assertEquals(Duration.ofMillis(1500), a.handlers().get(0).options("t").duration("timeout", null));
    }

    @Test
    public void badHandlerCallsFailTheDefine() {
        assertEquals("line 1 char 36: invalid arguments to \"tags\": argument 1 must be a string, got int",
                error("stream|from()|alert().capture('x').tags(1)"));
        assertEquals("line 1 char 23: invalid arguments to \"capture\": got 0 arguments, expected 1",
                error("stream|from()|alert().capture()"));
        assertTrue(error("stream|from()|alert().capture('x').nope()")
                .startsWith("line 1 char 36: no property method \"nope\" on capture handler"));
        assertEquals("invalid capture: empty name", error("stream|from()|alert().capture('')"));
    }

    @Test
    public void aHandlerThatIsNotInstalledNamesTheFeatureToInstall() {
        assertEquals("line 1 char 23: alert handler \"slack\" is not installed: install the feature "
                        + "kapacitor-alert-slack (feature:install kapacitor-alert-slack)",
                error("stream|from()|alert().slack().channel('#ops')"));
        assertTrue(error("stream|from()|alert().email('a@b')").contains("kapacitor-alert-smtp"));
        assertTrue(error("stream|from()|alert().slak()").startsWith("line 1 char 23: no property method \"slak\""));
    }

    @Test
    public void nodesChainAfterAHandler() {
        PipelineSpec p = ScriptEvaluator.evaluate(TickscriptParser.parse(
                "stream|from()|alert().capture('x')|httpOut('h')"), EdgeType.STREAM, Nodes.registry().catalog(handlers), Map.of());
        assertEquals("digraph t {\nstream0 -> from1;\nfrom1 -> alert2;\nalert2 -> http_out3;\n}", p.dot("t"));
    }
}

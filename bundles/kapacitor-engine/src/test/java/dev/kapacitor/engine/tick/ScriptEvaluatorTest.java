package dev.kapacitor.engine.tick;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import dev.kapacitor.engine.nodes.Nodes;
import dev.kapacitor.engine.pipeline.DurationValue;
import dev.kapacitor.engine.pipeline.EdgeType;
import dev.kapacitor.engine.pipeline.EvalSpec;
import dev.kapacitor.engine.pipeline.FromSpec;
import dev.kapacitor.engine.pipeline.HttpPostSpec;
import dev.kapacitor.engine.pipeline.NodeSpec;
import dev.kapacitor.engine.pipeline.PipelineSpec;
import dev.kapacitor.engine.pipeline.AlertSpec;
import dev.kapacitor.engine.pipeline.DerivativeSpec;
import dev.kapacitor.engine.pipeline.StatsSpec;
import dev.kapacitor.engine.pipeline.SpecException;
import dev.kapacitor.engine.pipeline.StarValue;
import dev.kapacitor.tickscript.TickscriptParser;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class ScriptEvaluatorTest {
    static PipelineSpec pipeline(String script) {
        return pipeline(script, Map.of());
    }

    static PipelineSpec pipeline(String script, Map<String, Object> vars) {
        return ScriptEvaluator.evaluate(TickscriptParser.parse(script), EdgeType.STREAM, Nodes.registry().catalog(), vars);
    }

    static String error(String script) {
        return assertThrows(SpecException.class, () -> pipeline(script)).getMessage();
    }

    @Test
    public void namesNodesInCreationOrderAndWalksLikeKapacitor() {
        PipelineSpec p = pipeline("var data = stream\n    |from()\n        .measurement('svc')\n"
                + "data\n    |where(lambda: \"up\")\n    |httpPost('http://a/up')\n"
                + "data\n    |where(lambda: !\"up\")\n    |httpPost('http://a/down')\n");
        assertEquals(List.of("stream0", "from1", "where4", "http_post5", "where2", "http_post3"),
                p.walk().stream().map(NodeSpec::name).toList());
        assertEquals("digraph t {\nstream0 -> from1;\nfrom1 -> where2;\nfrom1 -> where4;\n"
                + "where4 -> http_post5;\nwhere2 -> http_post3;\n}", p.dot("t"));
    }

    @Test
    public void setsFromProperties() {
        FromSpec f = pipeline("stream|from().database('db').retentionPolicy('rp').measurement('cpu')"
                + ".groupBy('host', 'dc').groupByMeasurement().truncate(10s).round(1m)"
                + ".where(lambda: \"a\" > 1).where(lambda: \"b\" < 2)")
                .nodesOf(FromSpec.class).get(0);
        assertEquals("db", f.database());
        assertEquals("rp", f.retentionPolicy());
        assertEquals("cpu", f.measurement());
        assertEquals(List.of("dc", "host"), f.groupByTags());
        assertTrue(f.groupByMeasurement());
        assertEquals(10_000_000_000L, f.truncate());
        assertEquals(60_000_000_000L, f.round());
        assertEquals(java.util.Set.of("a", "b"), f.where().references());
    }

    @Test
    public void spreadsASingleListArgument() {
        FromSpec f = pipeline("var tags = ['host', 'dc']\nstream|from().groupBy(tags)").nodesOf(FromSpec.class).get(0);
        assertEquals(List.of("dc", "host"), f.groupByTags());
        assertTrue(pipeline("stream|from().groupBy(*)").nodesOf(FromSpec.class).get(0).groupByAll());
    }

    @Test
    public void foldsOperatorsOutsideLambdas() {
        HttpPostSpec h = pipeline("var t = 1m + 30s\nvar u = 'http://x' + '/y'\nstream|from()|httpPost(u).timeout(t * 2)")
                .nodesOf(HttpPostSpec.class).get(0);
        assertEquals("http://x/y", h.url());
        assertEquals(180_000_000_000L, h.timeout());
    }

    @Test
    public void taskVarsOverrideDefaultsOfTheSameType() {
        HttpPostSpec h = pipeline("var t = 5s\nvar url string\nstream|from()|httpPost(url).timeout(t)",
                Map.of("t", new DurationValue(7_000_000_000L), "url", "http://over"))
                .nodesOf(HttpPostSpec.class).get(0);
        assertEquals(7_000_000_000L, h.timeout());
        assertEquals("http://over", h.url());
        assertEquals("invalid type supplied for t, got string exp duration", assertThrows(SpecException.class,
                () -> pipeline("var t = 5s\nstream|from()|httpPost('u').timeout(t)", Map.of("t", "5s"))).getMessage());
        assertEquals("missing value for var \"url\".", error("var url string\nstream|from()|httpPost(url)"));
    }

    @Test
    public void evalCollectsLambdasAndNames() {
        EvalSpec e = pipeline("stream|from()|eval(lambda: \"a\" * 2.0, lambda: \"b\").as('x', 'y').tags('y').keep('x')")
                .nodesOf(EvalSpec.class).get(0);
        assertEquals(2, e.lambdas().size());
        assertEquals(List.of("x", "y"), e.as());
        assertEquals(List.of("y"), e.tags());
        assertTrue(e.keep());
        assertEquals(List.of("x"), e.keepList());
    }

    @Test
    public void unknownPropertyNamesPositionNodeAndHint() {
        assertEquals("line 3 char 10: no property method \"measurment\" on from node, did you mean \"measurement\"?",
                error("stream\n    |from()\n        .measurment('m')\n    |httpOut('x')"));
        assertEquals("line 1 char 28: no property method \"fooBar\" on httpOut node",
                error("stream|from()|httpOut('x').fooBar()"));
    }

    @Test
    public void unknownChainingMethodNamesParent() {
        assertEquals("line 4 char 6: no chaining method \"frobnicate\" on from node",
                error("stream\n    |from()\n        .measurement('m')\n    |frobnicate()\n"));
        assertEquals("line 1 char 15: no chaining method \"httpPst\" on from node, did you mean \"httpPost\"?",
                error("stream|from()|httpPst('u')"));
        assertEquals("line 1 char 8: no chaining method \"where\" on stream node", error("stream|where(lambda: TRUE)"));
    }

    @Test
    public void wrongOperatorSaysWhichOneExists() {
        assertEquals("line 1 char 15: no chaining method \"measurement\" on from node, but property does exist. "
                + "Use '.' operator instead: 'node.measurement(..)'.", error("stream|from()|measurement('m')"));
        assertEquals("line 1 char 15: no property method \"httpOut\" on from node, but chaining method does exist. "
                + "Use '|' operator instead: 'node|httpOut(..)'.", error("stream|from().httpOut('m')"));
    }

    @Test
    public void checksArgumentsAgainstTheDeclaredSignature() {
        assertEquals("line 1 char 15: invalid arguments to \"truncate\": argument 1 must be a duration, got int",
                error("stream|from().truncate(10)"));
        assertEquals("line 1 char 15: invalid arguments to \"where\": got 0 arguments, expected 1",
                error("stream|from()|where()"));
        assertEquals("line 1 char 29: invalid arguments to \"header\": got 1 argument, expected 2",
                error("stream|from()|httpPost('u').header('k')"));
        assertEquals("line 1 char 15: invalid arguments to \"groupBy\": argument 1 must be a string or star, got int",
                error("stream|from().groupBy(1)"));
    }

    @Test
    public void doubleQuotedStringIsAReference() {
        assertEquals("line 3 char 22: \"m\" is a field or tag reference, usable only in a lambda: "
                + "did you use double quotes instead of single quotes?",
                error("stream\n    |from()\n        .measurement(\"m\")\n    |httpOut('x')"));
    }

    @Test
    public void variablesAreImmutableAndMustExist() {
        assertEquals("attempted to redefine x, vars are immutable", error("var x = 1\nvar x = 2\nstream|from()"));
        assertEquals("attempted to redefine stream, vars are immutable", error("var stream = 1\nstream|from()"));
        assertEquals("line 1 char 1: name \"data\" is undefined. Names in scope: stream", error("data|from()"));
    }

    @Test
    public void nodesCheckTheirPropertiesAfterTheScript() {
        assertEquals("must specify same number of expressions and .as() names: got 1 as names, and 2 expressions.",
                error("stream|from()|eval(lambda: 1, lambda: 2).as('a')"));
        assertEquals("invalid tag name \"b\", name is not present is .as() names",
                error("stream|from()|eval(lambda: 1).as('a').tags('b')"));
        assertEquals("must provide url or endpoint", error("stream|from()|httpPost()"));
        assertEquals("httpPost expects 0 or 1 arguments, got 2", error("stream|from()|httpPost('a', 'b')"));
        assertEquals("only one endpoint and url may be specified", error("stream|from()|httpPost('a').endpoint('e')"));
        assertEquals("cannot set 'authenticate' header", error("stream|from()|httpPost('a').header('Authenticate', 'x')"));
        assertEquals("cannot group by both '*' and named dimensions.", error("stream|from().groupBy(*, 'host')"));
        assertEquals("task does nothing", error("stream"));
    }

    @Test
    public void lambdaErrorsFailTheDefine() {
        String m = error("stream|from()|where(lambda: nosuchfunc(\"x\"))");
        assertTrue(m, m.startsWith("line 1 char "));
    }

    @Test
    public void quietIsAPropertyOfEveryNode() {
        NodeSpec w = pipeline("stream|from().quiet()|where(lambda: TRUE).quiet()").walk().get(2);
        assertTrue(w.quiet());
        assertNull(pipeline("stream|from()").nodesOf(FromSpec.class).get(0).where());
        assertEquals(StarValue.STAR, StarValue.valueOf("STAR"));
    }

    @Test
    public void kapacitorZeroScriptsGetAMigrationHint() {
        // the leaderboard example announcing Kapacitor 0.1 (../shared/seeds)
        String old = "stream\n    .from().measurement('scores')\n    .groupBy('game', 'player')\n    .window()\n"
                + "        .period(10s)\n        .every(1s)\n        .align()\n    .mapReduce(influxql.last('value'))\n"
                + "    .groupBy('game')\n    .mapReduce(influxql.top(5, 'last', 'player'))\n    .httpOut('top_scores')\n";
        assertEquals("line 8 char 6: mapReduce(influxql.*) is Kapacitor 0.x syntax, which 1.x does not accept:"
                + " chain nodes with '|' (stream|from(), |window(), |groupBy()) and call InfluxQL functions as nodes:"
                + " |last('value')", error(old));
    }

    @Test
    public void deadmanExpandsToStatsDerivativeAndAlert() {
        PipelineSpec p = pipeline("stream|from().measurement('cpu')|deadman(100.0, 10s, lambda: \"host\" == 'a')"
                + ".message('custom').log('/tmp/x')");
        assertEquals(List.of("stream0", "from1", "noop3", "stats2", "derivative4", "alert5"),
                p.walk().stream().map(NodeSpec::name).toList());
        DerivativeSpec d = p.nodesOf(DerivativeSpec.class).get(0);
        assertEquals("emitted", d.field());
        assertEquals(10_000_000_000L, d.unit());
        assertTrue(d.nonNegative());
        AlertSpec a = p.nodesOf(AlertSpec.class).get(0);
        assertEquals("{{ .Group }}:from1 for task '{{ .TaskName }}'", a.alertId());
        assertEquals("custom", a.message());
        assertTrue(p.nodesOf(StatsSpec.class).get(0).align());
        assertEquals("line 1 char 34: deadman takes a threshold, an interval and optional lambdas:"
                + " deadman(threshold float, interval duration, expr lambda...)", error("stream|from().measurement('cpu')|deadman(10s)"));
    }

    @Test
    public void deadmanMessageNamesTheInterval() {
        AlertSpec a = pipeline("stream|from()|deadman(0.0, 1m)").nodesOf(AlertSpec.class).get(0);
        assertEquals("{{ .ID }} is {{ if eq .Level \"OK\" }}alive{{ else }}dead{{ end }}: "
                + "{{ index .Fields \"emitted\" | printf \"%0.3f\" }} points/1m0s.", a.message());
    }
}

package dev.kapacitor.tickscript;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.kapacitor.tickscript.ast.Program;
import java.io.IOException;
import java.util.Map;
import org.junit.Test;

/**
 * Every script of Kapacitor's 1.5 documentation and repository, of the conformance corpus
 * and of the seeds parses, except those Kapacitor rejects too; formatting each is stable and
 * keeps its meaning.
 */
public class CorpusTest {

    @Test
    public void conformanceCasesParseExceptTheSyntaxErrorCase() throws IOException {
        Map<String, String> cases = Corpus.read("conformance.blocks");
        assertEquals(121, cases.size());
        for (Map.Entry<String, String> entry : cases.entrySet()) {
            String script = entry.getValue()
                    .replace("{{COLLECTOR}}", "http://127.0.0.1:9999/" + entry.getKey())
                    .replace("{{ALERTLOG}}", "/tmp/alerts.log");
            if (entry.getKey().equals("error-syntax")) {
                assertEquals("parser: unexpected . line 3 char 9 in \"        .measureme\". expected: \")\"",
                        SyntaxErrorTest.error(script).getMessage());
            } else {
                assertFormatsStably(entry.getKey(), script);
            }
        }
    }

    @Test
    public void kapacitorRepositoryScriptsParse() throws IOException {
        Map<String, String> scripts = Corpus.read("kapacitor-1.5.0-repo.blocks");
        assertEquals(53, scripts.size());
        for (Map.Entry<String, String> entry : scripts.entrySet()) {
            if (entry.getKey().startsWith("examples/telegraf/generic_")) {
                // templates for sed: {info_level} is no TICKscript
                assertTrue(SyntaxErrorTest.error(entry.getValue()).getMessage()
                        .startsWith("parser: unexpected character '{' line 14 char 12 in \"ar info = {info_leve\""));
            } else {
                assertFormatsStably(entry.getKey(), entry.getValue());
            }
        }
    }

    @Test
    public void documentationExamplesParse() throws IOException {
        Map<String, String> scripts = Corpus.read("docs-1.5.blocks");
        assertEquals(624, scripts.size());
        scripts.forEach(CorpusTest::assertFormatsStably);
    }

    @Test
    public void seedScriptsParseExceptTheExcerpt() throws IOException {
        Map<String, String> scripts = Corpus.read("seeds.blocks");
        for (Map.Entry<String, String> entry : scripts.entrySet()) {
            if (entry.getKey().equals("seed004-2")) {
                assertEquals("parser: unexpected . line 1 char 1 in \"...\". expected: \"number\",\"string\",\"duration\","
                        + "\"identifier\",\"TRUE\",\"FALSE\",\"reference\",\"regex\",\"*\",\"lambda\",\"[\",\"(\",\"-\",\"!\","
                        + "\"var\",\"dbrp\",\"EOF\"", SyntaxErrorTest.error(entry.getValue()).getMessage());
            } else {
                assertFormatsStably(entry.getKey(), entry.getValue());
            }
        }
    }

    /**
     * Kapacitor 0.1 chained everything with dots; the 1.5 grammar still reads that, as property
     * calls, so the old syntax only fails when the pipeline is built.
     */
    @Test
    public void kapacitorZeroOneScriptsParseAsPropertyChains() throws IOException {
        Map<String, String> scripts = Corpus.read("seeds.blocks");
        assertEquals("stream.from().measurement('cpu').alert().crit(lambda: (> \"value\" 80.0f))"
                + ".log('/tmp/high_cpu.log')", Sexpr.of(TickscriptParser.parse(scripts.get("seed003-1"))));
        assertEquals("stream.from().measurement('scores').groupBy('game', 'player').window().period(10000000000ns)"
                + ".every(1000000000ns).align().mapReduce(influxql.last('value')).groupBy('game')"
                + ".mapReduce(influxql.top(5i, 'last', 'player')).httpOut('top_scores')",
                Sexpr.of(TickscriptParser.parse(scripts.get("seed003-2"))));
    }

    static void assertFormatsStably(String name, String script) {
        Program program;
        try {
            program = TickscriptParser.parse(script);
        } catch (TickscriptSyntaxException e) {
            throw new AssertionError(name + ": " + e.getMessage(), e);
        }
        String formatted = TickscriptFormatter.format(program);
        Program reparsed = TickscriptParser.parse(formatted);
        assertEquals(name, Sexpr.of(program), Sexpr.of(reparsed));
        assertEquals(name, formatted, TickscriptFormatter.format(reparsed));
    }
}

package dev.kapacitor.tickscript;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import dev.kapacitor.tickscript.ast.Position;
import org.junit.Test;

/** The first error, worded like Kapacitor's parser, at the exact line and char. */
public class SyntaxErrorTest {
    private static final String OPERAND =
            "\"number\",\"string\",\"duration\",\"identifier\",\"TRUE\",\"FALSE\",\"reference\",\"regex\",\"*\",\"(\",\"-\",\"!\"";
    private static final String EXPRESSION =
            "\"number\",\"string\",\"duration\",\"identifier\",\"TRUE\",\"FALSE\",\"reference\",\"regex\",\"*\",\"lambda\",\"[\",\"(\",\"-\",\"!\"";

    static TickscriptSyntaxException error(String script) {
        try {
            TickscriptParser.parse(script);
        } catch (TickscriptSyntaxException e) {
            return e;
        }
        fail("parsed: " + script);
        return null;
    }

    private static void assertError(String script, String message) {
        assertEquals(script, message, error(script).getMessage());
    }

    @Test
    public void positionAndReasonAreAvailableApart() {
        TickscriptSyntaxException e = error("a\n\n\nvar b = stream.window()var period)\n\nvar x = 1");
        assertEquals(new Position(4, 34), e.position());
        assertEquals("unexpected ) line 4 char 34 in \"var period)\". expected: \"identifier\",\"=\"", e.reason());
        assertEquals("parser: " + e.reason(), e.getMessage());
    }

    @Test
    public void missingValueAtEndOfScript() {
        assertError("a\n\n\nvar b = ", "parser: unexpected EOF line 4 char 9 in \"var b = \". expected: " + EXPRESSION);
        assertError("var x = 1 +", "parser: unexpected EOF line 1 char 12 in \"ar x = 1 +\". expected: " + OPERAND);
    }

    @Test
    public void unclosedParenthesis() {
        assertError("a\n\n\nvar b = stream.window(\nb.period(10s)",
                "parser: unexpected EOF line 5 char 14 in \"eriod(10s)\". expected: \")\"");
        assertError("var x = (1 + 2", "parser: unexpected EOF line 1 char 15 in \"x = (1 + 2\". expected: \")\"");
        assertError("var x = f(a b)", "parser: unexpected identifier line 1 char 13 in \"r x = f(a b)\". expected: \")\"");
    }

    @Test
    public void unbalancedParenthesisOfTheConformanceCase() {
        assertError("stream\n    |from(\n        .measurement('m')\n    |httpPost('http://x/out')\n",
                "parser: unexpected . line 3 char 9 in \"        .measureme\". expected: \")\"");
    }

    @Test
    public void chainCallsNeedNameAndParentheses() {
        assertError("stream|from", "parser: unexpected EOF line 1 char 12 in \"tream|from\". expected: \"(\"");
        assertError("stream|from()|", "parser: unexpected EOF line 1 char 15 in \"am|from()|\". expected: \"identifier\"");
        assertError("var x = a @", "parser: unexpected EOF line 1 char 12 in \"ar x = a @\". expected: \"identifier\"");
    }

    @Test
    public void statementCannotStartWithAnOperatorOrChain() {
        assertError("|from()", "parser: unexpected | line 1 char 1 in \"|from()\". expected: " + EXPRESSION
                + ",\"var\",\"dbrp\",\"EOF\"");
        assertError("stream|from().m(1))", "parser: unexpected ) line 1 char 19 in \"rom().m(1))\". expected: "
                + EXPRESSION + ",\"var\",\"dbrp\",\"EOF\"");
    }

    @Test
    public void declarationsAndDbrp() {
        assertError("var = 1", "parser: unexpected = line 1 char 5 in \"var = 1\". expected: \"identifier\"");
        assertError("var x : 1",
                "parser: unexpected character ':' line 1 char 7 in \"var x : 1\". expected: \"identifier\",\"=\"");
        assertError("var x foo", "parser: invalid var type \"foo\" line 1 char 7 in \"var x foo\". expected one of: "
                + "int, float, bool, string, regex, duration, lambda, list, star");
        assertError("dbrp 'a'.'b'", "parser: unexpected string line 1 char 6 in \"dbrp 'a'.'b'\". expected: \"reference\"");
        assertError("dbrp \"a\".b", "parser: unexpected identifier line 1 char 10 in \"dbrp \"a\".b\". expected: \"reference\"");
    }

    @Test
    public void lexicalErrorsUseKapacitorsWords() {
        assertError("var x = 'abc", "parser: unexpected unterminated string line 1 char 9 in \"var x = 'abc\". expected: "
                + EXPRESSION);
        assertError("var x = \"abc",
                "parser: unexpected unterminated field reference line 1 char 9 in \"var x = \"abc\". expected: " + EXPRESSION);
        assertError("var x = 5 + /abc",
                "parser: unexpected unterminated regex line 1 char 13 in \"r x = 5 + /abc\". expected: " + OPERAND);
        assertError("var x = 1.2.3",
                "parser: unexpected multiple decimals in number line 1 char 9 in \"var x = 1.2.3\". expected: " + EXPRESSION);
        assertError("var info = {info_level}", "parser: unexpected character '{' line 1 char 12 in \"ar info = {info_leve\". "
                + "expected: " + EXPRESSION);
    }

    @Test
    public void invalidLiteralValues() {
        assertError("var x = 09", "parser: illegal number syntax: \"09\" line 1 char 9 in \"var x = 09\"");
        assertError("var x = 99999999999999999999",
                "parser: illegal number syntax: \"99999999999999999999\" line 1 char 9 in \"var x = 9999999999\"");
        assertError("var x = 300000000w", "parser: overflowed duration 300000000w: choose a smaller duration or INF "
                + "line 1 char 9 in \"var x = 300000000w\"");
    }

    @Test
    public void lambdaBodiesAreExpressionsOfOperands() {
        assertError("stream|from().where(lambda: \"a\" > )",
                "parser: unexpected ) line 1 char 35 in \"da: \"a\" > )\". expected: " + OPERAND);
        assertError("stream\n    |from()\n        .where(lambda: \"a\" >> 1)",
                "parser: unexpected > line 3 char 29 in \"bda: \"a\" >> 1)\". expected: " + OPERAND);
        assertError("var x = lambda: [a]", "parser: unexpected [ line 1 char 17 in \"= lambda: [a]\". expected: " + OPERAND);
        assertError("var x = 5 == = 2", "parser: unexpected = line 1 char 14 in \" x = 5 == = 2\". expected: " + OPERAND);
    }

    @Test
    public void whatKapacitorRejectsAfterParsing() {
        assertError("var x = lambda: a.b()",
                "parser: unexpected . line 1 char 18 in \" lambda: a.b()\". a chain cannot be used inside a lambda expression");
        assertError("a|b() + 1",
                "parser: unexpected | line 1 char 2 in \"a|b() + 1\". a chain cannot be an operand or be in parentheses");
        assertError("f(lambda: g(lambda: 1))", "parser: unexpected lambda line 1 char 13 in \"lambda: g(lambda: 1)\". "
                + "a lambda or list cannot be a function argument inside a lambda expression");
        assertError("var x = [a,,b]",
                "parser: unexpected , line 1 char 12 in \"ar x = [a,,b]\". expected: \"identifier\",\"string\",\"*\"");
        assertError("f(a,,b)", "parser: unexpected , line 1 char 5 in \"f(a,,b)\". expected: an expression");
        assertError("var x = [a, 1]",
                "parser: unexpected number line 1 char 13 in \"r x = [a, 1]\". expected: \"string\",\"identifier\",\"*\",\"]\",\",\"");
    }

    @Test
    public void charCountsUtf8BytesLikeKapacitor() {
        assertError("var ü = 1 + ;",
                "parser: unexpected character ';' line 1 char 14 in \"r ü = 1 + ;\". expected: " + OPERAND);
    }
}

package dev.kapacitor.tickscript;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

/** Kapacitor's canonical form, and formatting a formatted script changes nothing. */
public class FormatterTest {

    private static void assertFormats(String script, String expected) {
        String formatted = TickscriptFormatter.format(script);
        assertEquals(expected, formatted);
        assertEquals("formatting again", formatted, TickscriptFormatter.format(formatted));
    }

    private static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    @Test
    public void wholeScriptIntoCanonicalForm() {
        assertFormats(lines(
                "dbrp \"telegraf\".\"autogen\"",
                "dbrp \"telegraf\".\"other\"",
                "// threshold for",
                "//critical",
                "var crit=90",
                "var warn float",
                "var period=1m",
                "var hosts=['a','b' ,*]",
                "var data=stream|from().measurement('cpu').where(lambda: \"host\" =~ /^web\\/\\d+$/ AND (\"cpu\"=='cpu-total'))",
                "  // average it",
                "  |window().period(period).every(period)|mean('usage_idle').as('value')",
                "data|eval(lambda: 100.0-\"value\", lambda:-\"value\"*2.50)",
                ".as('used','double')",
                "|alert().warn(lambda: \"used\">warn).crit(lambda: \"used\" > crit OR",
                "\"used\" < 0).message('it\\'s {{ .Level }}')",
                ".details('''<b>raw 'quotes'</b>''').exec('/bin/echo',",
                "  'a', 'b').slack()@udf().opt(007, .5, 1s)",
                "batch|query('SELECT 1').groupBy(time(1m),*).fill(0)",
                "// done"),
            lines(
                "dbrp \"telegraf\".\"autogen\"",
                "",
                "dbrp \"telegraf\".\"other\"",
                "",
                "// threshold for",
                "// critical",
                "var crit = 90",
                "",
                "var warn float",
                "",
                "var period = 1m",
                "",
                "var hosts = ['a', 'b', *]",
                "",
                "var data = stream",
                "    |from()",
                "        .measurement('cpu')",
                "        .where(lambda: \"host\" =~ /^web\\/\\d+$/ AND (\"cpu\" == 'cpu-total'))",
                "    // average it",
                "    |window()",
                "        .period(period)",
                "        .every(period)",
                "    |mean('usage_idle')",
                "        .as('value')",
                "",
                "data",
                "    |eval(lambda: 100.0 - \"value\", lambda: -\"value\" * 2.5)",
                "        .as('used', 'double')",
                "    |alert()",
                "        .warn(lambda: \"used\" > warn)",
                "        .crit(lambda: \"used\" > crit OR",
                "            \"used\" < 0)",
                "        .message('it\\'s {{ .Level }}')",
                "        .details('''<b>raw 'quotes'</b>''')",
                "        .exec(",
                "            '/bin/echo',",
                "            'a',",
                "            'b'",
                "        )",
                "        .slack()",
                "    @udf()",
                "        .opt(07, 0.5, 1s)",
                "",
                "batch",
                "    |query('SELECT 1')",
                "        .groupBy(time(1m), *)",
                "        .fill(0)",
                "",
                "// done",
                ""));
    }

    @Test
    public void numbersAreNormalised() {
        assertFormats("var x = 1.50 + .5 + 5. + 80.0 + 0.000 + 0600 + 00 + 10", "var x = 1.5 + 0.5 + 5.0 + 80.0 + 0.0 + 0600 + 00 + 10\n");
        assertFormats("var x = 0.1000000000000000055511151231257827", "var x = 0.1\n");
        assertFormats("var d = 90s + 1500ms + 10u + 3\u00B5", "var d = 90s + 1500ms + 10u + 3\u00B5\n");
    }

    @Test
    public void stringsReferencesAndRegexesAreRequoted() {
        assertFormats("var x = 'a\\'b' + \"x\\\"y\" + /a\\/b/ + '''r'a\\w'''",
                "var x = 'a\\'b' + \"x\\\"y\" + /a\\/b/ + '''r'a\\w'''\n");
    }

    @Test
    public void parenthesesAreKeptOnlyAroundBinaryExpressions() {
        assertFormats("f(lambda: ((\"a\")) * ((1 + (2))) - (-(3)))", "f(lambda: \"a\" * (1 + 2) - -3)\n");
    }

    @Test
    public void binaryExpressionsBreakWhereTheSourceBroke() {
        assertFormats(lines("f(lambda:", "(\"a\" > 1)", "AND", "(\"b\"", "OR (\"c\"", "AND \"d\")))"),
                lines("f(lambda: (\"a\" > 1) AND",
                      "    (\"b\" OR",
                      "        (\"c\" AND",
                      "            \"d\")))"));
    }

    @Test
    public void commentBlocksKeepTheirSpacing() {
        assertFormats(lines("// one", "", "//   two", "//", "", "", "var x = s", "\t|f()", "\t\t//.old()", "\t\t.new()",
                "", "// own block", "x |g()", "// tail one", "", "// tail two", ""),
            lines("// one", "", "//   two", "//", "var x = s", "    |f()", "        // .old()", "        .new()",
                "", "// own block", "x", "    |g()", "", "// tail one", "", "// tail two", ""));
    }

    @Test
    public void commentsInsideArgumentsMoveAboveTheirCall() {
        assertFormats(lines("s", "@udf()", "  .opt(", "    // first", "    1,", "    // second", "    2,", "  )"),
            lines("s", "    @udf()", "        // first", "", "        // second", "        .opt(", "            1,",
                "            2", "        )"));
    }

    @Test
    public void propertyReadsHaveNoParentheses() {
        assertFormats("var s = x.period", lines("var s = x", "        .period"));
    }

    /** Kapacitor itself would need a second pass for these: the chain argument breaks the line. */
    @Test
    public void callsWithChainArgumentsAreFinalAfterOnePass() {
        assertFormats("a|union(b|c(), d)", lines("a", "    |union(", "        b", "            |c(),", "        d", "    )"));
        assertFormats("stream.mapReduce(influxql.last('value'))",
                lines("stream", "        .mapReduce(", "            influxql", "                    .last('value')", "        )"));
    }

    @Test
    public void onlyCommentsAndNothing() {
        assertFormats("// just this", "// just this\n\n");
        assertFormats("", "");
    }
}

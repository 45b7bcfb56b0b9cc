package dev.kapacitor.tickscript;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

/** Tokens and literal values, as Kapacitor's lexer and node.go decode them. */
public class LiteralParsingTest {

    private static void assertParses(String script, String expected) {
        assertEquals(script, expected, Sexpr.of(TickscriptParser.parse(script)));
    }

    @Test
    public void integersAreDecimalUnlessTheyStartWithZero() {
        assertParses("var x = 1", "var x = 1i");
        assertParses("var x = 42", "var x = 42i");
        assertParses("var x = 0", "var x = 0i");
        assertParses("var x = 0644", "var x = 420i");
        assertParses("var x = 00", "var x = 0i");
        assertParses("var x = 9223372036854775807", "var x = 9223372036854775807i");
    }

    @Test
    public void numbersAreNeverNegativeMinusIsUnary() {
        assertParses("var x = -1", "var x = (-1i)");
        assertParses("var x = -0600", "var x = (-384i)");
        assertParses("var x = -1.5", "var x = (-1.5f)");
        assertParses("var x = -5h", "var x = (-18000000000000ns)");
    }

    @Test
    public void floatsHaveADecimalPoint() {
        assertParses("var x = 1.0", "var x = 1.0f");
        assertParses("var x = 2.5", "var x = 2.5f");
        assertParses("var x = .5", "var x = 0.5f");
        assertParses("var x = 5.", "var x = 5.0f");
        assertParses("var x = 0.75", "var x = 0.75f");
    }

    @Test
    public void durationsAreIntegerAndUnitInNanoseconds() {
        assertParses("var x = 7u", "var x = 7000ns");
        assertParses("var x = 7\u00B5", "var x = 7000ns");
        assertParses("var x = 7ms", "var x = 7000000ns");
        assertParses("var x = 7s", "var x = 7000000000ns");
        assertParses("var x = 7m", "var x = 420000000000ns");
        assertParses("var x = 7h", "var x = 25200000000000ns");
        assertParses("var x = 2d", "var x = 172800000000000ns");
        assertParses("var x = 1w", "var x = 604800000000000ns");
        assertParses("var x = 010s", "var x = 10000000000ns");
    }

    @Test
    public void unitsThatKapacitorDoesNotKnowAreSeparateTokens() {
        // a decimal point ends the number before the unit; 'µ' takes no 's'; 'ns' is no unit
        assertParses("var x = 1.5s", "var x = 1.5f; s");
        assertParses("var x = 10\u00B5s", "var x = 10000ns; s");
        assertParses("var x = 10ns", "var x = 10i; ns");
        assertParses("var x = 1days", "var x = 86400000000000ns; ays");
    }

    @Test
    public void singleQuotedStringsUnescapeOnlyQuotes() {
        assertParses("var x = 'asdf'", "var x = 'asdf'");
        assertParses("var x = ''", "var x = ''");
        assertParses("var x = 'a\\'sdf'", "var x = 'a'sdf'");
        assertParses("var x = 'C:\\dir\\n'", "var x = 'C:\\dir\\n'");
        assertParses("var x = 'two\nlines'", "var x = 'two\nlines'");
    }

    @Test
    public void tripleQuotedStringsAreRaw() {
        assertParses("var x = '''asdf'''", "var x = '''asdf'''");
        assertParses("var x = '''\\'asdf'''", "var x = '''\\'asdf'''");
        assertParses("var q = '''\n  SELECT mean(\"v\") FROM 'm'\n'''", "var q = '''\n  SELECT mean(\"v\") FROM 'm'\n'''");
    }

    @Test
    public void referencesAreDoubleQuotedWithEscapedQuotes() {
        assertParses("var x = lambda: \"usage_idle\"", "var x = lambda: \"usage_idle\"");
        assertParses("var x = lambda: \"a\\\"b\"", "var x = lambda: \"a\"b\"");
        assertParses("var x = lambda: \"errors.sum\"", "var x = lambda: \"errors.sum\"");
    }

    @Test
    public void regexesUnescapeSlashes() {
        assertParses("var x = /.*\\//", "var x = /.*//");
        assertParses("var x = /^cz\\d+/", "var x = /^cz\\d+/");
        assertParses("var x = /a\\/b\\/c/", "var x = /a/b/c/");
        assertParses("var x = 1 // not a /regex/", "var x = 1i");
    }

    @Test
    public void slashIsARegexAtTokenStartAndDivisionAfterAnOperand() {
        assertParses("var x = a / b / c", "var x = (/ (/ a b) c)");
        assertParses("var x = f(/a/, \"v\" / 2)", "var x = f(/a/, (/ \"v\" 2i))");
        assertParses("var x = (a) / 2", "var x = (/ a 2i)");
        assertParses("var x = lambda: \"h\" =~ /a/ AND \"h\" !~ /b/",
                "var x = lambda: (AND (=~ \"h\" /a/) (!~ \"h\" /b/))");
        assertParses("var x = lambda: 10s / 2", "var x = lambda: (/ 10000000000ns 2i)");
        assertParses("var x = lambda: 'a' / 2", "var x = lambda: (/ 'a' 2i)");
    }

    @Test
    public void starIsAValueAtTokenStartAndMultiplicationAfterAnOperand() {
        assertParses("var x = [*]", "var x = [*]");
        assertParses("f(*)", "f(*)");
        assertParses("var x = 2 * 3", "var x = (* 2i 3i)");
        assertParses("var x = lambda: \"v\" * -1", "var x = lambda: (* \"v\" (-1i))");
    }

    @Test
    public void booleansAndKeywordsAreUpperCaseOnly() {
        assertParses("var x = TRUE", "var x = TRUE");
        assertParses("var x = !FALSE", "var x = (!FALSE)");
        assertParses("var x = true", "var x = true");
        assertParses("var x = TRUEx", "var x = TRUEx");
        assertParses("var x = a and b", "var x = a; and; b");
    }

    @Test
    public void lambdaIsAKeywordOnlyWithAColonRightAfterIt() {
        assertParses("var x = lambda: 1", "var x = lambda: 1i");
        assertParses("var lambda = 1", "var lambda = 1i");
        assertParses("var x lambda", "var x lambda");
    }

    @Test
    public void identifiersAreUnicodeLettersDigitsAndUnderscores() {
        assertParses("var größe_2 = 1", "var größe_2 = 1i");
        assertParses("var x = a1_b", "var x = a1_b");
    }

    @Test
    public void listsHoldIdentifiersStringsAndStars() {
        assertParses("var x = ['str', 'asdf', 'another', s, *]", "var x = ['str', 'asdf', 'another', s, *]");
        assertParses("var x = []", "var x = []");
        assertParses("var x = ['a', b,]", "var x = ['a', b]");
        assertParses("var x = ['''raw''']", "var x = ['''raw''']");
    }
}

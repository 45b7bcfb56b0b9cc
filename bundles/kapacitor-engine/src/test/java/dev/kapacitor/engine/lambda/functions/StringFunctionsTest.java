package dev.kapacitor.engine.lambda.functions;

import dev.kapacitor.api.model.Fields;
import dev.kapacitor.api.model.Point;
import dev.kapacitor.api.model.Tags;
import org.junit.Test;

import static dev.kapacitor.engine.lambda.functions.FnEval.eval;
import static dev.kapacitor.engine.lambda.functions.FnEval.strings;
import static org.junit.Assert.assertEquals;

/** The string functions, with lengths and indexes in UTF-8 bytes as Go counts them (values from Go 1.19). */
public class StringFunctionsTest {
    private static final String[] SAMPLES = {"hello world", "héllo", "", "a€b𝄞c", "  \t x \u00a0\u2000", "ſtraße İ ǅ"};

    /** conformance case eval-string-functions-1. */
    @Test
    public void evalStringFunctions1() {
        String[] lambdas = {"strContains(\"s\", 'lo')", "strContainsAny(\"s\", 'xyz')", "strHasPrefix(\"s\", 'he')",
            "strHasSuffix(\"s\", 'ld')", "strLength(\"s\")", "strCount(\"s\", 'l')", "strIndex(\"s\", 'l')",
            "strLastIndex(\"s\", 'l')", "strIndexAny(\"s\", 'ow')"};
        String[] in = {"hello world", "yellow", "abc", "", "héllo"};
        Object[][] out = {
            {true, false, true, true, 11L, 3L, 2L, 9L, 4L},
            {true, true, false, false, 6L, 2L, 2L, 3L, 4L},
            {false, false, false, false, 3L, 0L, -1L, -1L, -1L},
            {false, false, false, false, 0L, 0L, -1L, -1L, -1L},
            {true, false, false, false, 6L, 2L, 3L, 4L, 5L}};
        for (int r = 0; r < in.length; r++) {
            for (int c = 0; c < lambdas.length; c++) {
                assertEquals(lambdas[c] + " on " + in[r], out[r][c], eval(lambdas[c], strings(in[r])));
            }
        }
    }

    @Test
    public void byteIndexesAndCounts() {
        long[][] expected = { // len, Index l, LastIndex l, IndexAny c€o, LastIndexAny c€o, Count "", Count l
            {11, 2, 9, 4, 7, 12, 3}, {6, 3, 4, 5, 5, 6, 2}, {0, -1, -1, -1, -1, 1, 0}, {10, -1, -1, 1, 9, 6, 0},
            {11, -1, -1, -1, -1, 9, 0}, {14, -1, -1, -1, -1, 11, 0}};
        String[] lambdas = {"strLength(\"s\")", "strIndex(\"s\", 'l')", "strLastIndex(\"s\", 'l')",
            "strIndexAny(\"s\", 'c€o')", "strLastIndexAny(\"s\", 'c€o')", "strCount(\"s\", '')", "strCount(\"s\", 'l')"};
        for (int r = 0; r < SAMPLES.length; r++) {
            for (int c = 0; c < lambdas.length; c++) {
                assertEquals(lambdas[c] + " on " + SAMPLES[r], expected[r][c], eval(lambdas[c], strings(SAMPLES[r])));
            }
        }
    }

    @Test
    public void caseMappingTrimmingAndReplacing() {
        String[][] expected = { // ToUpper, ToLower, TrimSpace, Replace '' '-' -1, Replace l L 2, Trim 'h d'
            {"HELLO WORLD", "hello world", "hello world", "-h-e-l-l-o- -w-o-r-l-d-", "heLLo world", "ello worl"},
            {"HÉLLO", "héllo", "héllo", "-h-é-l-l-o-", "héLLo", "éllo"},
            {"", "", "", "-", "", ""},
            {"A€B𝄞C", "a€b𝄞c", "a€b𝄞c", "-a-€-b-𝄞-c-", "a€b𝄞c", "a€b𝄞c"},
            {"  \t X \u00a0\u2000", "  \t x \u00a0\u2000", "x", "- - -\t- -x- -\u00a0-\u2000-", "  \t x \u00a0\u2000",
                "\t x \u00a0\u2000"},
            {"STRAßE İ Ǆ", "ſtraße i ǆ", "ſtraße İ ǅ", "-ſ-t-r-a-ß-e- -İ- -ǅ-", "ſtraße İ ǅ", "ſtraße İ ǅ"}};
        String[] lambdas = {"strToUpper(\"s\")", "strToLower(\"s\")", "strTrimSpace(\"s\")", "strReplace(\"s\", '', '-', -1)",
            "strReplace(\"s\", 'l', 'L', 2)", "strTrim(\"s\", 'h d')"};
        for (int r = 0; r < SAMPLES.length; r++) {
            for (int c = 0; c < lambdas.length; c++) {
                assertEquals(lambdas[c] + " on " + SAMPLES[r], expected[r][c], eval(lambdas[c], strings(SAMPLES[r])));
            }
        }
    }

    @Test
    public void trimsAndAffixes() {
        Point p = strings("xxhello.logxx");
        assertEquals("hello.logxx", eval("strTrimLeft(\"s\", 'x')", p));
        assertEquals("xxhello.log", eval("strTrimRight(\"s\", 'x')", p));
        assertEquals("hello.logxx", eval("strTrimPrefix(\"s\", 'xx')", p));
        assertEquals("xxhello.log", eval("strTrimSuffix(\"s\", 'xx')", p));
        assertEquals("xxhello.logxx", eval("strTrimPrefix(\"s\", 'y')", p));
        assertEquals("xxhello.logxx", eval("strReplace(\"s\", 'x', 'y', 0)", p));
        assertEquals("yyhello.logxx", eval("strReplace(\"s\", 'x', 'y', 2)", p));
        assertEquals(false, eval("strContainsAny(\"s\", '')", p));
        assertEquals(true, eval("strContains(\"s\", '')", p));
    }

    /** conformance case eval-string-substring-error, plus the other bounds. */
    @Test
    public void substringChecksBounds() {
        assertEquals("abc", eval("strSubstring(\"s\", 0, 3)", strings("abcdef")));
        assertEquals("error: error calling \"strSubstring\": stop index too large for string in strSubstring: 3",
                eval("strSubstring(\"s\", 0, 3)", strings("ab")));
        assertEquals("error: error calling \"strSubstring\": stop index too large for string in strSubstring: 3",
                eval("strSubstring(\"s\", 0, 3)", strings("xyz")));
        assertEquals("error: error calling \"strSubstring\": found negative index for strSubstring: -1",
                eval("strSubstring(\"s\", -1, 3)", strings("abcdef")));
        assertEquals("error: error calling \"strSubstring\": slice bounds out of range [3:1]",
                eval("strSubstring(\"s\", 3, 1)", strings("abcdef")));
        assertEquals("é", eval("strSubstring(\"s\", 1, 3)", strings("héllo")));
    }

    @Test
    public void regexReplaceExpandsLikeGo() {
        String[][] cases = { // regex, src, replacement, Go's ReplaceAllString result
            {"a*", "baaac", "X", "XbXcX"}, {"(\\w+)@(\\w+)", "bob@example joe@test", "$2:$1", "example:bob test:joe"},
            {"(?P<user>\\w+)@", "bob@x", "${user}!", "bob!x"}, {"(\\w+)", "abc", "$1x", ""}, {"(\\w+)", "abc", "${1}x", "abcx"},
            {"b", "abc", "$$", "a$c"}, {"b", "abc", "$", "a$c"}, {"b", "abc", "$9", "ac"}, {"()", "abc", "-", "-a-b-c-"},
            {"x*", "abc", "-", "-a-b-c-"}, {"[[:digit:]]+", "a12b345", "#", "a#b#"}, {"\\s+", "a \t\u000b b", "_", "a_\u000b_b"},
            {"é", "héllo", "e", "hello"}, {"(a)(b)?", "ac", "[$2]", "[]c"}};
        for (String[] c : cases) {
            Point p = new Point("db", "rp", "m", Tags.EMPTY, new Fields.Builder().putString("src", c[1])
                    .putString("repl", c[2]).build(), 0);
            assertEquals(c[0], c[3], eval("regexReplace(/" + c[0] + "/, \"src\", \"repl\")", p));
        }
    }
}

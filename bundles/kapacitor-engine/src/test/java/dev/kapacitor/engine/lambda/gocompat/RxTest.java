package dev.kapacitor.engine.lambda.gocompat;

import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

/** Go RE2 semantics on java.util.regex; expected matches and errors from Go 1.19's regexp. */
public class RxTest {
    private static final String[] SUBJECTS = {"web1", "db1", "web22\n", "a.local", "a{", "xx", "]", "&", "web", "a\n",
        "ΑΒΓ", "A", "aweb4", "b"};

    @Test
    public void matchesLikeGo() {
        String[][] cases = {{"^web\\d+$", "10000000000000"}, {"web.*", "10100000100010"}, {"^web", "10100000100000"},
            {"\\.local$", "00010000000000"}, {"^db1$", "01000000000000"}, {"a{", "00001000000000"},
            {"x{2}", "00000100000000"}, {"[]a]", "00011010010010"}, {"[a&&b]", "11111001110011"},
            {"(?i)WEB", "10100000100010"}, {"a$", "00000000000000"}, {"^.*$", "11011111101111"},
            {"[[:^alpha:]]", "11111011011010"}, {"\\pL+", "11111100111111"}, {"\\p{Greek}", "00000000001000"},
            {"\\x41", "00000000000100"}, {"\\101", "00000000000100"}};
        for (String[] c : cases) {
            Rx rx = Rx.compile(c[0]);
            StringBuilder got = new StringBuilder();
            for (String s : SUBJECTS) {
                got.append(rx.find(s) ? '1' : '0');
                if (rx.find(s) != rx.newMatcher().reset(s).find()) {
                    fail(c[0] + " literal and regex paths disagree on " + s);
                }
            }
            assertEquals(c[0], c[1], got.toString());
        }
    }

    @Test
    public void plainLiteralsUseStringMethods() {
        assertEquals(Rx.Kind.PREFIX, Rx.compile("^web").kind());
        assertEquals(Rx.Kind.CONTAINS, Rx.compile("web.*").kind());
        assertEquals(Rx.Kind.SUFFIX, Rx.compile("\\.local$").kind());
        assertEquals(".local", Rx.compile("\\.local$").literal());
        assertEquals(Rx.Kind.EQUALS, Rx.compile("^db1$").kind());
        assertEquals(Rx.Kind.GENERAL, Rx.compile("^web.*$").kind());
        assertEquals(Rx.Kind.GENERAL, Rx.compile("^web\\d").kind());
    }

    @Test
    public void rejectsWhatRe2Rejects() {
        String[][] cases = {{"\\1", "error parsing regexp: invalid escape sequence: `\\1`"},
            {"(?=a)", "error parsing regexp: invalid or unsupported Perl syntax: `(?=`"},
            {"a*+", "error parsing regexp: invalid nested repetition operator: `*+`"},
            {"a**", "error parsing regexp: invalid nested repetition operator: `**`"},
            {"(?<name>x)", "error parsing regexp: invalid or unsupported Perl syntax: `(?<`"},
            {"[\\b]", "error parsing regexp: invalid escape sequence: `\\b`"},
            {"x{1001}", "error parsing regexp: invalid repeat count: `{1001}`"},
            {"\\8", "error parsing regexp: invalid escape sequence: `\\8`"}};
        for (String[] c : cases) {
            try {
                Rx.compile(c[0]);
                fail(c[0]);
            } catch (IllegalArgumentException e) {
                assertEquals(c[1], e.getMessage());
            }
        }
        assertEquals(true, Rx.compile("\\12").find("\n"));
        assertEquals(true, Rx.compile("a\\z").find("a"));
    }
}

package dev.kapacitor.api.lineprotocol;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.kapacitor.api.model.Fields;
import dev.kapacitor.api.model.Point;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.Test;

/**
 * The parser trying each line as a regular line first must read every body exactly as the general parser
 * alone: the same points (name, tags, field keys, types and value bits, time) and the same errors, in
 * every precision.
 */
public class RegularLineDifferentialTest {
    private static final String[] MEASUREMENTS = {"cpu", "cpu", "cpu", "mem", "c\\ pu", "c\\,pu", "cpu\\", ",cpu",
        "", "cp\"u", "temp\u00e9rature", "a".repeat(260), "c\tpu", "cpu=x"};
    private static final String[] TAGS = {",host=h1", ",host=h2", ",cpu=cpu0", ",a\\ b=c", ",host=", ",=x",
        ",host=a=b", ",z=\"q\"", ",b=x\\", ",region=us\\,west", ",", ",h\u00f4te=\u00e9t\u00e9", ",host=h\\\n1"};
    private static final String[] KEYS = {"usage_idle", "usage_user", "v", "v", "value", "a\\=b", "k\"", "",
        "x y", "\u00e9t\u00e9", "time", "a\\ b", "t\tab"};
    private static final String[] VALUES = {"-0", "0", "-0.0", "1e5", "1E5", "1.", ".5", "-.5", "-", ".", "-.",
        "9223372036854775807i", "9223372036854775808i", "-9223372036854775808i", "-9223372036854775809i",
        "123456789012345678i", "1234567890123456789i", "00000000000000000000001i", "1u", "-1u", "1.5i", "1i5",
        "NaN", "nan", "Inf", "-Inf", "1e400", "1e-400", "t", "T", "true", "True", "TRUE", "tRue", "f", "F",
        "false", "False", "FALSE", "fals", "yes", "\"s\"", "\"a,b c=d\"", "\"x\\\"y\"", "\"open", "\"\"", "",
        "0.1", "100.0", "123456789012345.6", "1234567890123456", "1234567890123456.0", "0.000000000000000000000001",
        "0000000000000000000000000001", "1.7976931348623157e308", "4.9e-324", "12.34", "1.2.3", "--1", "1-",
        "0x10", "1_000", "\u0661", "98.28514056224899", "1.2345678901234567", "12345678901234567.89",
        "9007199254740993", "9007199254740993.0", "4503599627370496.5", "0.00000000000000000000012345678901234567",
        "18446744073709551615", "18446744073709551616", "9999999999999999999", "99999999999999999999"};
    private static final String[] TIMES = {"1257894000000000000", "9223372036854775807", "9223372036854775806",
        "-9223372036854775806", "-9223372036854775807", "92233720368547758070", "9999999999999999999", "12a", "-",
        "0", "-0", "00001", "1 2", "1\t", "1 ", "1  ", "1500000000", "1234567", "+5", "1.5", "1e9", "25000000"};
    private static final String[] ENDINGS = {"\n", "\n", "\n", "\r\n", " \n", "\t\n", "\n\n", "\\\n"};

    @Test
    public void theExistingParserTestsLinesReadAlike() throws IOException {
        List<String> bodies = parserTestLines();
        assertTrue(bodies.size() > 200);
        for (String body : bodies) {
            assertSameResults(body);
            assertSameResults(body + "\n" + body + "\n" + body);
        }
    }

    @Test
    public void edgeCasesReadAlike() {
        for (String value : VALUES) {
            assertSameResults("cpu,host=h1 v=" + value + " 1000\ncpu,host=h1 v=" + value + "\n");
            assertSameResults("cpu,host=h1 v=1,w=" + value + ",x=2i 1000");
        }
        for (String time : TIMES) {
            assertSameResults("cpu v=1 " + time + "\ncpu v=1 " + time + "\r\ncpu v=1 " + time);
        }
        assertSameResults("");
        assertSameResults("\n\n\n");
        assertSameResults("# only a comment\n   # and another\n\t\n");
        assertSameResults("cpu v=1,v=2i,v=t 1\ncpu v=3,v=4i,v=f 2\ncpu v=5 3\ncpu w=1,v=1 4");
        assertSameResults("cpu v=1\ncpu w=1\ncpu v=1,w=2\ncpu w=2,v=1\ncpu v=1i\ncpu v=t\ncpu v=1");
        assertSameResults("cpu,host=a v=1 1\n,host=a v=1 1\ncpu,host=a v=1 1\n");
        assertSameResults("cpu v=1 1\r\ncpu v=2 2\r\n");
        assertSameResults("cpu,host=a a=1,b=2,c=3,d=4,e=5,f=6,g=7,h=8,i=9,j=10,k=11i 5");
    }

    @Test
    public void randomBodiesReadAlike() {
        SplittableRandom random = new SplittableRandom(20261122);
        for (int n = 0; n < 3000; n++) {
            StringBuilder body = new StringBuilder();
            int lines = 1 + random.nextInt(12);
            for (int l = 0; l < lines; l++) {
                line(random, body);
                body.append(random.nextInt(8) == 0 ? pick(random, ENDINGS) : "\n");
            }
            assertSameResults(body.toString());
        }
    }

    @Test
    public void randomDecimalsHaveTheSameBits() {
        SplittableRandom random = new SplittableRandom(7);
        for (int n = 0; n < 2000; n++) {
            StringBuilder body = new StringBuilder();
            for (int l = 0; l < 20; l++) {
                body.append("m v=").append(decimal(random)).append(",w=").append(decimal(random))
                        .append(",t=").append(telegrafs(random)).append(" ")
                        .append(random.nextLong(Long.MAX_VALUE)).append('\n');
            }
            assertSameResults(body.toString());
        }
    }

    private static void line(SplittableRandom r, StringBuilder b) {
        if (r.nextInt(20) == 0) {
            b.append(r.nextBoolean() ? " " : "#");
        }
        b.append(r.nextInt(3) == 0 ? pick(r, MEASUREMENTS) : "cpu");
        for (int t = r.nextInt(4); t > 0; t--) {
            b.append(r.nextInt(3) == 0 ? pick(r, TAGS) : ",host=h" + r.nextInt(4));
        }
        b.append(r.nextInt(15) == 0 ? "  " : " ");
        int fields = 1 + r.nextInt(4);
        for (int f = 0; f < fields; f++) {
            b.append(f == 0 ? "" : r.nextInt(30) == 0 ? ",," : ",");
            b.append(r.nextInt(4) == 0 ? pick(r, KEYS) : "f" + f).append('=');
            int value = r.nextInt(6);
            b.append(value < 2 ? pick(r, VALUES) : value == 2 ? telegrafs(r) : decimal(r));
        }
        if (r.nextInt(20) == 0) {
            b.append(',');
        }
        int time = r.nextInt(10);
        if (time < 6) {
            b.append(' ').append(1_500_000_000_000_000_000L + r.nextInt(1000));
        } else if (time < 8) {
            b.append(r.nextInt(4) == 0 ? "\t" : " ").append(pick(r, TIMES));
        }
    }

    /** A decimal of up to 20 digits, a point anywhere or nowhere, signed or not, with an integer suffix or not. */
    private static String decimal(SplittableRandom r) {
        StringBuilder d = new StringBuilder(r.nextInt(6) == 0 ? "-" : "");
        int digits = r.nextInt(21);
        int point = r.nextInt(4) == 0 ? -1 : r.nextInt(digits + 1);
        for (int i = 0; i < digits; i++) {
            if (i == point) {
                d.append('.');
            }
            d.append((char) ('0' + (r.nextInt(3) == 0 ? 0 : r.nextInt(10))));
        }
        if (point == digits) {
            d.append('.');
        }
        return r.nextInt(5) == 0 ? d.append('i').toString() : d.toString();
    }

    /** A float as Go (and Telegraf) write it: the shortest text that reads back, often 16 or 17 digits. */
    private static String telegrafs(SplittableRandom r) {
        return Double.toString(r.nextDouble() * (r.nextBoolean() ? 100 : 1e12));
    }

    private static String pick(SplittableRandom r, String[] choices) {
        return choices[r.nextInt(choices.length)];
    }

    private static void assertSameResults(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        for (Precision p : Precision.values()) {
            String general = describe(parse(body, p, false));
            String regular = describe(parse(body, p, true));
            assertEquals(p + " " + text, general, regular);
        }
    }

    private static ParseResult parse(byte[] body, Precision p, boolean regular) {
        LineParser parser = new LineParser(p, Lines.NOW, "db", "rp");
        return LineProtocolParser.parse(body, 0, body.length, parser, regular);
    }

    /** Everything a point and an error say, values as their exact bits. */
    private static String describe(ParseResult r) {
        StringBuilder s = new StringBuilder();
        for (Point p : r.points()) {
            s.append(p.database()).append(' ').append(p.retentionPolicy()).append(' ').append(p.name()).append(' ')
                    .append(p.tags().toMap()).append(' ').append(p.time());
            Fields f = p.fields();
            for (int i = 0; i < f.size(); i++) {
                s.append(' ').append(f.keyAt(i)).append(':').append(f.typeAt(i)).append(':').append(f.bitsAt(i))
                        .append(':').append(f.stringAt(i));
            }
            s.append('\n');
        }
        for (String e : r.errors()) {
            s.append(e).append('\n');
        }
        return s.toString();
    }

    private static List<String> parserTestLines() throws IOException {
        List<String> lines = new ArrayList<>();
        try (InputStream in = RegularLineDifferentialTest.class.getResourceAsStream("parser-test-lines.txt");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.startsWith("//")) {
                    lines.add(unescape(line));
                }
            }
        }
        return lines;
    }

    /** Undoes the escapes of a Java string literal. */
    private static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                b.append(c);
                continue;
            }
            char e = s.charAt(++i);
            if (e == 'u') {
                b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                i += 4;
            } else {
                b.append(e == 'n' ? '\n' : e == 't' ? '\t' : e == 'r' ? '\r' : e);
            }
        }
        return b.toString();
    }
}

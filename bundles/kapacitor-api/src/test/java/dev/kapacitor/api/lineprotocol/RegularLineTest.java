package dev.kapacitor.api.lineprotocol;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;

import dev.kapacitor.api.model.Fields;
import dev.kapacitor.api.model.Point;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.Test;

/** Which lines the one-pass reading takes, and which it leaves to the general parser. */
public class RegularLineTest {

    private static int regularEnd(LineParser parser, String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        return parser.parseRegular(b, 0, b.length);
    }

    private static LineParser parser() {
        return new LineParser(Precision.NANOSECONDS, Lines.NOW, "db", "rp");
    }

    @Test
    public void takesTheBenchmarkLineUpToItsNewline() {
        String line = "cpu,host=h7,cpu=cpu0 usage_idle=12.34,usage_user=-0.5 1500000000000000000";
        LineParser parser = parser();
        assertEquals(line.length(), regularEnd(parser, line + "\ncpu v=1 2\n"));
        Point p = parser.regularPoint();
        assertEquals("cpu", p.name());
        assertEquals("h7", p.tags().get("host"));
        assertEquals(12.34, p.fields().doubleAt(0), 0);
        assertEquals(-0.5, p.fields().doubleAt(1), 0);
        assertEquals(1_500_000_000_000_000_000L, p.time());
    }

    @Test
    public void takesIntegersBooleansAndLinesWithoutTime() {
        LineParser parser = parser();
        assertEquals(24, regularEnd(parser, "m a=-12i,b=true,c=F,d=.5"));
        Fields f = parser.regularPoint().fields();
        assertEquals(-12, f.longAt(0));
        assertEquals(true, f.booleanAt(1));
        assertEquals(false, f.booleanAt(2));
        assertEquals(Lines.NOW, parser.regularPoint().time());
    }

    @Test
    public void linesOfTheSameLayoutShareIt() {
        LineParser parser = parser();
        regularEnd(parser, "m b=1,a=2 1");
        Fields first = parser.regularPoint().fields();
        regularEnd(parser, "m b=3,a=4 2");
        Fields second = parser.regularPoint().fields();
        assertEquals(true, first.sameLayout(second));
        assertEquals("a", second.keyAt(0));
        assertEquals(4.0, second.doubleAt(0), 0);
        assertEquals(3.0, second.doubleAt(1), 0);
    }

    @Test
    public void takesTelegrafsSeventeenDigitFloats() {
        LineParser parser = parser();
        assertEquals(44, regularEnd(parser, "cpu a=98.28514056224899,b=1.2345678901234567"));
        Fields f = parser.regularPoint().fields();
        assertEquals(Double.doubleToRawLongBits(98.28514056224899), Double.doubleToRawLongBits(f.doubleAt(0)));
        assertEquals(Double.doubleToRawLongBits(1.2345678901234567), Double.doubleToRawLongBits(f.doubleAt(1)));
    }

    @Test
    public void leavesEverythingElseToTheGeneralParser() {
        for (String line : List.of("cpu v=1e5", "cpu v=\"s\"", "cpu v=1 -5", "cpu v=1 1 ", "cpu v=1\r",
                "cpu v=1u", "cpu a\\ b=1", "c\\ pu v=1", "cpu  v=1", "cpu v=1,", "cpu v=NaN", "cpu v=1.2345678901234567890",
                "cpu v=1234567890123456789i", "cpu v=1 9223372036854775807", "cpu v=tru", "cpu", "cpu v=1\tx",
                "cpu,host=a,host=b v=1", "cpu\n v=1", "cpu v=1 12a", "cpu v=")) {
            assertEquals(line, -1, regularEnd(parser(), line));
        }
    }

    @Test
    public void theSeriesKeyComesFromTheSharedCache() {
        LineParser parser = parser();
        regularEnd(parser, "cpu,host=shared v=1");
        Point a = parser.regularPoint();
        regularEnd(parser(), "cpu,host=shared v=2");
        assertSame(a.tags(), parser.regularPoint().tags());
    }
}

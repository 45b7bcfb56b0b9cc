package dev.kapacitor.engine.lambda.functions;

import dev.kapacitor.api.model.Fields;
import dev.kapacitor.api.model.Point;
import dev.kapacitor.api.model.Tags;
import org.junit.Test;

import static dev.kapacitor.engine.lambda.functions.FnEval.eval;
import static org.junit.Assert.assertEquals;

/** bool, int, float, string and duration, with strconv's and InfluxQL's exact texts. */
public class ConversionFunctionsTest {
    private static Point row(String f, String i, String b, String s, String s2, String s3, String i01) {
        return new Point("db", "rp", "m", Tags.EMPTY, new Fields.Builder().putDouble("f", Double.parseDouble(f))
                .putLong("i", Long.parseLong(i)).putBoolean("b", Boolean.parseBoolean(b)).putString("s", s)
                .putString("s2", s2).putString("s3", s3).putLong("i01", Long.parseLong(i01)).build(), 0);
    }

    /** conformance case eval-conversions. */
    @Test
    public void evalConversions() {
        String[] lambdas = {"int(\"f\")", "float(\"i\")", "string(\"f\")", "string(\"i\")", "string(\"b\")", "bool(\"s\")",
            "int(\"b\")", "float(\"s2\")", "int(\"s3\")", "bool(\"i01\")"};
        Point[] in = {row("3.99", "7", "true", "true", "1.5", "42", "1"), row("-2.5", "-3", "false", "false", "-0.25", "-7", "0"),
            row("100.0", "0", "true", "1", "1e3", "0", "1")};
        Object[][] out = {
            {3L, 7.0, "3.99", "7", "true", true, 1L, 1.5, 42L, true},
            {-2L, -3.0, "-2.5", "-3", "false", false, 0L, -0.25, -7L, false},
            {100L, 0.0, "100", "0", "true", true, 1L, 1000.0, 0L, true}};
        for (int r = 0; r < in.length; r++) {
            for (int c = 0; c < lambdas.length; c++) {
                assertEquals(lambdas[c] + " row " + r, out[r][c], eval(lambdas[c], in[r]));
            }
        }
    }

    @Test
    public void stringOfFloatIsShortestWithoutExponent() {
        assertEquals("0.30000000000000004", eval("string(0.1 + 0.2)"));
        assertEquals("1000000000000000000000", eval("string(1e21 * 1.0)".replace("1e21", "1000000000000000000000.0")));
        assertEquals("0.0000001", eval("string(1.0 / 10000000.0)"));
        assertEquals("123456789.125", eval("string(123456789.125)"));
        assertEquals("33.333333333333336", eval("string(100.0 / 3.0)"));
        assertEquals("-0", eval("string(-0.0)"));
        assertEquals("+Inf", eval("string(1.0 / 0.0)"));
        assertEquals("NaN", eval("string(0.0 / 0.0)"));
    }

    @Test
    public void stringOfDurationIsInfluxQLFormat() {
        assertEquals("90s", eval("string(90s)"));
        assertEquals("61m", eval("string(61m)"));
        assertEquals("1500500u", eval("string(1500500u)"));
        assertEquals("1500ms", eval("string(1500ms)"));
        assertEquals("0s", eval("string(0s)"));
        assertEquals("1d", eval("string(24h)"));
        assertEquals("2w", eval("string(14d)"));
        assertEquals("-90s", eval("string(-90s)"));
        assertEquals("1u", eval("string(duration(1500, 1u) / 1000)"));
    }

    @Test
    public void conversionErrorsAreGoErrors() {
        assertEquals("error: error calling \"int\": strconv.ParseInt: parsing \"1e3\": invalid syntax", eval("int('1e3')"));
        assertEquals("error: error calling \"int\": strconv.ParseInt: parsing \"9223372036854775808\": value out of range",
                eval("int('9223372036854775808')"));
        assertEquals(Long.MIN_VALUE, eval("int('-9223372036854775808')"));
        assertEquals(7L, eval("int('+7')"));
        assertEquals("error: error calling \"float\": strconv.ParseFloat: parsing \"abc\": invalid syntax", eval("float('abc')"));
        assertEquals("error: error calling \"float\": strconv.ParseFloat: parsing \"1e400\": value out of range",
                eval("float('1e400')"));
        assertEquals(0.5, eval("float('.5')"));
        assertEquals(Double.NEGATIVE_INFINITY, eval("float('-Infinity')"));
        assertEquals(0.25, eval("float('0x1p-2')"));
        assertEquals(10.0, eval("float('1_0')"));
        assertEquals("error: error calling \"bool\": strconv.ParseBool: parsing \"yes\": invalid syntax", eval("bool('yes')"));
        assertEquals(true, eval("bool('T')"));
        assertEquals("error: error calling \"bool\": cannot convert 5 to boolean", eval("bool(5)"));
        assertEquals("error: error calling \"bool\": cannot convert 2.5 to boolean", eval("bool(2.5)"));
        assertEquals(false, eval("bool(0.0)"));
    }

    @Test
    public void floatToIntTruncatesLikeGoOnAmd64() {
        assertEquals(-2L, eval("int(-2.5)"));
        assertEquals(Long.MIN_VALUE, eval("int(1e19 * 1.0)".replace("1e19", "10000000000000000000.0")));
        assertEquals(Long.MIN_VALUE, eval("int(0.0 / 0.0)"));
    }

    @Test
    public void durations() {
        assertEquals(300_000_000_000L, eval("duration(5m)"));
        assertEquals(5_000_000_000L, eval("duration(5, 1s)"));
        assertEquals(1_500_000_000L, eval("duration(1.5, 1s)"));
        assertEquals(5_400_000_000_000L, eval("duration('1h30m', 1s)"));
        assertEquals(1_000L, eval("duration('1µ', 1s)"));
        assertEquals(-300_000_000_000L, eval("duration('-5m', 1s)"));
        assertEquals("error: error calling \"duration\": invalid duration string \"5\"", eval("duration('5', 1s)"));
        assertEquals("error: error calling \"duration\": invalid duration string \"5x\"", eval("duration('5x', 1s)"));
        assertEquals(2_000_000_000L, eval("duration(\"n\", 1s)", new Point("db", "rp", "m", Tags.EMPTY,
                new Fields.Builder().putLong("n", 2).build(), 0)));
    }
}

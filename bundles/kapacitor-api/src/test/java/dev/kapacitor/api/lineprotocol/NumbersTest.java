package dev.kapacitor.api.lineprotocol;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.Test;

public class NumbersTest {

    private static double parseDouble(String s) {
        byte[] b = ("=" + s + ",").getBytes(StandardCharsets.US_ASCII);
        return Numbers.parseDouble(b, 1, b.length - 1);
    }

    private static long parseLong(String s) {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        return Numbers.parseLong(b, 0, b.length);
    }

    @Test
    public void doublesMatchJavasCorrectlyRoundedParser() {
        Random r = new Random(42);
        for (int i = 0; i < 200_000; i++) {
            String s = randomDecimal(r);
            assertEquals(s, Double.doubleToRawLongBits(Double.parseDouble(s)), Double.doubleToRawLongBits(parseDouble(s)));
        }
    }

    private static String randomDecimal(Random r) {
        StringBuilder b = new StringBuilder();
        if (r.nextBoolean()) {
            b.append('-');
        }
        int intDigits = r.nextInt(12);
        for (int i = 0; i < intDigits; i++) {
            b.append((char) ('0' + r.nextInt(10)));
        }
        if (intDigits == 0 || r.nextBoolean()) {
            b.append('.');
            int frac = 1 + r.nextInt(12);
            for (int i = 0; i < frac; i++) {
                b.append((char) ('0' + r.nextInt(10)));
            }
        }
        if (r.nextInt(3) == 0) {
            b.append(r.nextBoolean() ? 'e' : 'E').append(List.of("", "+", "-").get(r.nextInt(3))).append(r.nextInt(40));
        }
        return b.toString();
    }

    @Test
    public void doubleEdgeCases() {
        assertEquals(Double.POSITIVE_INFINITY, parseDouble("1e400"), 0);
        assertEquals(Double.NEGATIVE_INFINITY, parseDouble("-1e99999999999"), 0);
        assertEquals(0.0, parseDouble("1e-99999999999"), 0);
        assertEquals(Double.MAX_VALUE, parseDouble("1.7976931348623157e308"), 0);
        assertEquals(Double.MIN_VALUE, parseDouble("4.9e-324"), 0);
        assertEquals(0.1 + 0.2 - 0.2, parseDouble("0.10000000000000003"), 0);
        assertEquals(123456789012345678901234567890.0, parseDouble("123456789012345678901234567890"), 0);
        for (String bad : List.of("", "-", ".", "-.", "1e", "1e+", ".e5", "-e", "1e5e5", "1e5.5", "1.2.3", "1a", "Inf", "NaN",
                "1d", "12345678901234567890d")) {
            assertTrue(bad, Double.isNaN(parseDouble(bad)));
        }
    }

    @Test
    public void longs() {
        assertEquals(Long.MAX_VALUE, parseLong("9223372036854775807"));
        assertEquals(Long.MIN_VALUE, parseLong("-9223372036854775808"));
        assertEquals(7L, parseLong("0000000000000000000000007"));
        assertEquals(0L, parseLong("-0"));
        assertThrows(ArithmeticException.class, () -> parseLong("9223372036854775808"));
        assertThrows(ArithmeticException.class, () -> parseLong("-9223372036854775809"));
        assertThrows(ArithmeticException.class, () -> parseLong("99999999999999999999"));
        assertThrows(NumberFormatException.class, () -> parseLong("-"));
        assertThrows(NumberFormatException.class, () -> parseLong("1x"));
    }
}

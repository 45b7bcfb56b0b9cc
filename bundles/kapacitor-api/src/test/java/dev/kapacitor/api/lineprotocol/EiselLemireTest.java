package dev.kapacitor.api.lineprotocol;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.Test;

/** Every answer must have the bits of Java's correctly rounded parser; NaN (fall back) must be rare. */
public class EiselLemireTest {
    private int fallbacks;

    @Test
    public void aMillionRandomDecimalsHaveJavasBits() {
        SplittableRandom random = new SplittableRandom(2021);
        for (int n = 0; n < 1_000_000; n++) {
            long mantissa = mantissa(random, 1 + random.nextInt(19));
            assertSameBits(mantissa, random.nextInt(-342, 309));
        }
        assertTrue("fallbacks " + fallbacks, fallbacks < 100);
    }

    @Test
    public void telegrafsDecimalsHaveJavasBits() {
        SplittableRandom random = new SplittableRandom(17);
        for (int n = 0; n < 200_000; n++) {
            int digits = 16 + random.nextInt(4);
            assertSameBits(mantissa(random, digits), -random.nextInt(digits + 1));
        }
        assertEquals(0, fallbacks);
    }

    @Test
    public void halfwayCasesRoundToEven() {
        long twoTo53 = 1L << 53;
        for (long m = twoTo53 - 9; m < twoTo53 + 9; m++) {
            for (int e = -4; e <= 4; e++) {
                assertSameBits(m, e);
                assertSameBits(m * 10, e - 1);
                assertSameBits(m * 2 + 1, e);
            }
        }
        assertEquals(9007199254740992.0, EiselLemire.toDouble(9007199254740993L, 0), 0);
        assertEquals(9007199254740996.0, EiselLemire.toDouble(9007199254740995L, 0), 0);
    }

    @Test
    public void subnormalAndOverflowBoundaries() {
        String[] texts = {"4.9406564584124654e-324", "2.4703282292062327e-324", "2.4703282292062328e-324",
            "2.2250738585072011e-308", "2.2250738585072014e-308", "2.2250738585072012e-308",
            "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308", "1e-343", "1e-342"};
        for (String text : texts) {
            BigDecimal d = new BigDecimal(text);
            assertSameBits(d.unscaledValue().longValueExact(), -d.scale());
        }
        SplittableRandom random = new SplittableRandom(5);
        for (int n = 0; n < 100_000; n++) {
            int digits = 1 + random.nextInt(19);
            long mantissa = mantissa(random, digits);
            assertSameBits(mantissa, random.nextBoolean() ? -324 - digits + random.nextInt(18) : 309 - digits);
        }
    }

    @Test
    public void outOfRangeAndOverflowAreRefused() {
        assertTrue(Double.isNaN(EiselLemire.toDouble(1, 309)));
        assertTrue(Double.isNaN(EiselLemire.toDouble(1, -343)));
        assertTrue(Double.isNaN(EiselLemire.toDouble(18, 307)));
        assertEquals(0.0, EiselLemire.toDouble(0, 5), 0);
    }

    @Test
    public void numbersReadsSeventeenDigitsWithThePointAnywhere() {
        SplittableRandom random = new SplittableRandom(99);
        for (int n = 0; n < 100_000; n++) {
            String digits = Long.toUnsignedString(mantissa(random, 16 + random.nextInt(4)));
            int point = random.nextInt(digits.length() + 1);
            String text = digits.substring(0, point) + "." + digits.substring(point);
            byte[] b = text.getBytes(StandardCharsets.US_ASCII);
            assertEquals(text, Double.doubleToRawLongBits(Double.parseDouble(text)),
                    Double.doubleToRawLongBits(Numbers.parseDouble(b, 0, b.length)));
        }
    }

    /** A mantissa of exactly {@code digits} digits, below 10^19 so it fits an unsigned long. */
    private static long mantissa(SplittableRandom random, int digits) {
        long m = 1 + random.nextInt(9);
        for (int i = 1; i < digits; i++) {
            m = m * 10 + random.nextInt(10);
        }
        return m;
    }

    private void assertSameBits(long mantissa, int exponent) {
        String text = Long.toUnsignedString(mantissa) + "e" + exponent;
        double expected = Double.parseDouble(text);
        double actual = EiselLemire.toDouble(mantissa, exponent);
        if (Double.isNaN(actual)) {
            fallbacks += Double.isInfinite(expected) || exponent < -342 ? 0 : 1;
            return;
        }
        assertTrue(text + " must be refused", !Double.isInfinite(expected));
        assertEquals(text, Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual));
    }
}

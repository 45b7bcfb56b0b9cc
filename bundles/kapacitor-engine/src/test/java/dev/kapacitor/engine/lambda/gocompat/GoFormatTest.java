package dev.kapacitor.engine.lambda.gocompat;

import dev.kapacitor.api.gofmt.GoQuote;
import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

/** Expected texts from Go 1.19's strconv and InfluxQL's duration format. */
public class GoFormatTest {
    @Test
    public void formatFloatMatchesStrconv() {
        Object[][] cases = {{3.99, "3.99"}, {-2.5, "-2.5"}, {100.0, "100"}, {0.1 + 0.2, "0.30000000000000004"},
            {1e21, "1000000000000000000000"}, {1e-7, "0.0000001"}, {123456789.125, "123456789.125"}, {2.5e-5, "0.000025"},
            {0.000123, "0.000123"}, {1e15, "1000000000000000"}, {1e16, "10000000000000000"},
            {33.333333333333336, "33.333333333333336"}, {-0.0, "-0"}, {Double.POSITIVE_INFINITY, "+Inf"},
            {Double.NaN, "NaN"}, {5e-324, "0." + "0".repeat(323) + "5"},
            {Double.MAX_VALUE, "17976931348623157" + "0".repeat(292)}};
        for (Object[] c : cases) {
            assertEquals(c[1], GoFormat.formatFloat((Double) c[0]));
        }
        assertEquals("1e+21", GoFormat.formatFloatV(1e21));
        assertEquals("1e-05", GoFormat.formatFloatV(1e-5));
        assertEquals("2.5", GoFormat.formatFloatV(2.5));
    }

    @Test
    public void formatDurationUsesTheLargestExactUnit() {
        long s = 1_000_000_000L;
        Object[][] cases = {{0L, "0s"}, {90 * s, "90s"}, {61 * 60 * s, "61m"}, {1_500_500_000L, "1500500u"},
            {1_500_500L, "1500u"}, {1_500L, "1u"}, {86_400 * s, "1d"}, {7 * 86_400 * s, "1w"}, {-90 * s, "-90s"},
            {3_600 * s, "1h"}, {100_000_000L, "100ms"}};
        for (Object[] c : cases) {
            assertEquals(c[1], GoFormat.formatDuration((Long) c[0]));
        }
    }

    @Test
    public void parseDurationAcceptsInfluxQLDurations() {
        long s = 1_000_000_000L;
        assertEquals(5 * s, GoFormat.parseDuration("5s"));
        assertEquals(5_400 * s, GoFormat.parseDuration("1h30m"));
        assertEquals(10_000_000L, GoFormat.parseDuration("10ms"));
        assertEquals(1_500_000L, GoFormat.parseDuration("1500u"));
        assertEquals(2 * 86_400 * s, GoFormat.parseDuration("2d"));
        assertEquals(7 * 86_400 * s, GoFormat.parseDuration("1w"));
        assertEquals(-300 * s, GoFormat.parseDuration("-5m"));
        assertEquals(1_000L, GoFormat.parseDuration("1µ"));
        for (String bad : new String[] {"5", "5x", "", "s", "5ns", "1.5s"}) {
            try {
                GoFormat.parseDuration(bad);
                fail(bad);
            } catch (IllegalArgumentException e) {
                assertEquals("invalid duration", e.getMessage());
            }
        }
        try {
            GoFormat.parseDuration("9999999999999999w");
            fail("overflow");
        } catch (IllegalArgumentException e) {
            assertEquals("overflowed duration 9999999999999999w: choose a smaller duration or INF", e.getMessage());
        }
    }

    @Test
    public void parseIntLikeStrconv() {
        assertEquals(42L, GoFormat.parseInt("42"));
        assertEquals(-9223372036854775808L, GoFormat.parseInt("-9223372036854775808"));
        for (String bad : new String[] {"1e3", " 1", "", "0x10", "1_000", "٣", "+", "-"}) {
            try {
                GoFormat.parseInt(bad);
                fail(bad);
            } catch (IllegalArgumentException e) {
                assertEquals("strconv.ParseInt: parsing " + GoQuote.quote(bad) + ": invalid syntax", e.getMessage());
            }
        }
    }

    @Test
    public void floatConversionsLikeGoOnAmd64() {
        assertEquals(3L, GoFormat.floatToInt64(3.99));
        assertEquals(-2L, GoFormat.floatToInt64(-2.5));
        assertEquals(Long.MIN_VALUE, GoFormat.floatToInt64(1e19));
        assertEquals(Long.MIN_VALUE, GoFormat.floatToInt64(-1e19));
        assertEquals("18446744073709551614", Long.toUnsignedString(GoFormat.floatToUint64(-2.5)));
        assertEquals("10000000000000000000", Long.toUnsignedString(GoFormat.floatToUint64(1e19)));
        assertEquals("9223372036854775808", Long.toUnsignedString(GoFormat.floatToUint64(-1e19)));
        assertEquals("9300000000000000000", Long.toUnsignedString(GoFormat.floatToUint64(9.3e18)));
    }
}

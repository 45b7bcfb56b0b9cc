package dev.kapacitor.gotemplate.internal;

import static org.junit.Assert.assertEquals;

import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.Test;

/** json of a time takes the arithmetic formatter for years 0 to 9999: it must write what the layout writes. */
public class GoJsonTimeTest {
    private static final String RFC3339_NANO = "2006-01-02T15:04:05.999999999Z07:00";

    @Test
    public void theFastPathWritesWhatTheLayoutWrites() {
        SplittableRandom random = new SplittableRandom(7);
        long first = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
        long last = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        check(Instant.ofEpochSecond(first));
        check(Instant.ofEpochSecond(last, 999_999_999));
        check(Instant.ofEpochSecond(first - 1, 5));
        check(Instant.ofEpochSecond(last + 1));
        for (int i = 0; i < 10_000; i++) {
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                default -> random.nextInt(1_000_000_000);
            };
            check(Instant.ofEpochSecond(random.nextLong(first, last + 1), nanos));
        }
    }

    private static void check(Instant t) {
        assertEquals(t.toString(), "\"" + GoTime.format(t, RFC3339_NANO) + "\"\n", GoJson.encode(t));
    }
}

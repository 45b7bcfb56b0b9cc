package dev.kapacitor.api.gofmt;

import java.time.Instant;

/**
 * Go's time.Time text in UTC: RFC3339Nano, which is also its JSON form ({@code 2020-01-01T00:00:01.5Z}: the
 * fraction without trailing zeros, none at all when zero). Plain arithmetic, no formatter objects.
 */
public final class GoTime {
    /** Go's zero time, which Kapacitor shows for a time never set (a task never enabled). */
    public static final String ZERO = "0001-01-01T00:00:00Z";
    private static final long SECONDS_PER_DAY = 86_400L;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private GoTime() {
    }

    public static String format(long epochNanos) {
        StringBuilder sb = new StringBuilder(30);
        append(sb, epochNanos);
        return sb.toString();
    }

    /** {@link #ZERO} for null, as Go's zero time.Time. */
    public static String format(Instant t) {
        if (t == null) {
            return ZERO;
        }
        StringBuilder sb = new StringBuilder(30);
        append(sb, t.getEpochSecond(), t.getNano());
        return sb.toString();
    }

    public static void append(StringBuilder sb, long epochNanos) {
        append(sb, Math.floorDiv(epochNanos, NANOS_PER_SECOND), (int) Math.floorMod(epochNanos, NANOS_PER_SECOND));
    }

    public static void append(StringBuilder sb, Instant t) {
        append(sb, t.getEpochSecond(), t.getNano());
    }

    private static void append(StringBuilder sb, long epochSecond, int nanos) {
        long days = Math.floorDiv(epochSecond, SECONDS_PER_DAY);
        long secs = Math.floorMod(epochSecond, SECONDS_PER_DAY);
        // civil date from days since 1970-01-01 (Howard Hinnant's algorithm)
        long z = days + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long doe = z - era * 146_097;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        long day = doy - (153 * mp + 2) / 5 + 1;
        long month = mp < 10 ? mp + 3 : mp - 9;
        long year = yoe + era * 400 + (month <= 2 ? 1 : 0);

        pad(sb, year, 4).append('-');
        pad(sb, month, 2).append('-');
        pad(sb, day, 2).append('T');
        pad(sb, secs / 3600, 2).append(':');
        pad(sb, secs / 60 % 60, 2).append(':');
        pad(sb, secs % 60, 2);
        int frac = nanos;
        if (frac != 0) {
            sb.append('.');
            int digits = 9;
            while (frac % 10 == 0) {
                frac /= 10;
                digits--;
            }
            padded(sb, frac, digits, '0');
        }
        sb.append('Z');
    }

    private static StringBuilder pad(StringBuilder sb, long v, int width) {
        if (v < 0) {
            sb.append('-');
            v = -v;
        }
        return padded(sb, v, width, '0');
    }

    /** {@code v} (not negative) in at least {@code width} characters, padded on the left; no String made. */
    public static StringBuilder padded(StringBuilder sb, long v, int width, char padding) {
        int digits = 1;
        for (long rest = v; rest >= 10; rest /= 10) {
            digits++;
        }
        for (int i = digits; i < width; i++) {
            sb.append(padding);
        }
        return sb.append(v);
    }
}

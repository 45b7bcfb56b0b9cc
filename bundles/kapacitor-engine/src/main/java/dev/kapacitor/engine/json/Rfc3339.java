package dev.kapacitor.engine.json;

/**
 * Formats epoch nanoseconds as Go's RFC3339Nano in UTC ({@code 2020-01-01T00:00:01.5Z}: the
 * fraction without trailing zeros, none at all when zero). Plain arithmetic, no formatter objects.
 */
public final class Rfc3339 {
    private static final long NANOS_PER_DAY = 86_400_000_000_000L;

    private Rfc3339() {
    }

    public static String format(long epochNanos) {
        StringBuilder sb = new StringBuilder(30);
        append(sb, epochNanos);
        return sb.toString();
    }

    public static void append(StringBuilder sb, long epochNanos) {
        long days = Math.floorDiv(epochNanos, NANOS_PER_DAY);
        long nanosOfDay = Math.floorMod(epochNanos, NANOS_PER_DAY);
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
        long secs = nanosOfDay / 1_000_000_000L;
        pad(sb, secs / 3600, 2).append(':');
        pad(sb, secs / 60 % 60, 2).append(':');
        pad(sb, secs % 60, 2);
        int frac = (int) (nanosOfDay % 1_000_000_000L);
        if (frac != 0) {
            sb.append('.');
            int digits = 9;
            while (frac % 10 == 0) {
                frac /= 10;
                digits--;
            }
            String f = Integer.toString(frac);
            for (int i = f.length(); i < digits; i++) {
                sb.append('0');
            }
            sb.append(f);
        }
        sb.append('Z');
    }

    private static StringBuilder pad(StringBuilder sb, long v, int width) {
        if (v < 0) {
            sb.append('-');
            v = -v;
        }
        String s = Long.toString(v);
        for (int i = s.length(); i < width; i++) {
            sb.append('0');
        }
        return sb.append(s);
    }
}

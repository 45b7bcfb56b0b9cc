package dev.kapacitor.http.json;

/** Go's {@code time.Duration.String()}, as Kapacitor's client.Duration marshals: {@code 1m0s}, {@code 1.5ms}. */
public final class GoDuration {
    private static final long MICRO = 1_000L;
    private static final long MILLI = 1_000_000L;
    private static final long SECOND = 1_000_000_000L;

    private GoDuration() {
    }

    public static String string(long nanos) {
        if (nanos == 0) {
            return "0s";
        }
        StringBuilder sb = new StringBuilder();
        if (nanos < 0) {
            sb.append('-');
        }
        // Long.MIN_VALUE has no positive long: shown one nanosecond short
        long u = nanos == Long.MIN_VALUE ? Long.MAX_VALUE : Math.abs(nanos);
        if (u < SECOND) {
            if (u < MICRO) {
                return sb.append(u).append("ns").toString();
            }
            long unit = u < MILLI ? MICRO : MILLI;
            fraction(sb, u, unit);
            return sb.append(unit == MICRO ? "µs" : "ms").toString();
        }
        long hours = u / (3600 * SECOND);
        long minutes = u / (60 * SECOND) % 60;
        if (hours > 0) {
            sb.append(hours).append('h');
        }
        if (hours > 0 || minutes > 0) {
            sb.append(minutes).append('m');
        }
        fraction(sb, u % (60 * SECOND), SECOND);
        return sb.append('s').toString();
    }

    /** {@code v / unit} with the fractional digits that are not trailing zeros. */
    private static void fraction(StringBuilder sb, long v, long unit) {
        sb.append(v / unit);
        long rest = v % unit;
        if (rest == 0) {
            return;
        }
        String digits = Long.toString(unit + rest).substring(1);
        int end = digits.length();
        while (digits.charAt(end - 1) == '0') {
            end--;
        }
        sb.append('.').append(digits, 0, end);
    }
}

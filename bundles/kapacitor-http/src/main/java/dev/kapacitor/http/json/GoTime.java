package dev.kapacitor.http.json;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Go's time.Time JSON form (RFC 3339 with nanoseconds, trailing zeros trimmed), in UTC. */
public final class GoTime {
    /** Go's zero time, which Kapacitor shows for a task that was never enabled. */
    public static final String ZERO = "0001-01-01T00:00:00Z";

    private GoTime() {
    }

    public static String format(Instant t) {
        if (t == null) {
            return ZERO;
        }
        LocalDateTime d = LocalDateTime.ofEpochSecond(t.getEpochSecond(), 0, ZoneOffset.UTC);
        StringBuilder sb = new StringBuilder(30);
        pad(sb, d.getYear(), 4).append('-');
        pad(sb, d.getMonthValue(), 2).append('-');
        pad(sb, d.getDayOfMonth(), 2).append('T');
        pad(sb, d.getHour(), 2).append(':');
        pad(sb, d.getMinute(), 2).append(':');
        pad(sb, d.getSecond(), 2);
        int nanos = t.getNano();
        if (nanos != 0) {
            int len = 9;
            while (nanos % 10 == 0) {
                nanos /= 10;
                len--;
            }
            pad(sb.append('.'), nanos, len);
        }
        return sb.append('Z').toString();
    }

    private static StringBuilder pad(StringBuilder sb, int v, int width) {
        String s = Integer.toString(v);
        for (int i = s.length(); i < width; i++) {
            sb.append('0');
        }
        return sb.append(s);
    }
}

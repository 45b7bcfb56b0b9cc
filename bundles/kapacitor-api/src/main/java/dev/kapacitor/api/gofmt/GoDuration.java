package dev.kapacitor.api.gofmt;

import java.math.BigDecimal;

/** Durations printed the way Kapacitor (Go) prints them. */
public final class GoDuration {
    private static final long US = 1_000L;
    private static final long MS = 1_000_000L;
    private static final long S = 1_000_000_000L;
    private static final long M = 60 * S;
    private static final long H = 60 * M;
    private static final long D = 24 * H;
    private static final long W = 7 * D;

    private GoDuration() {
    }

    /** InfluxQL's format, the largest unit that divides exactly: {@code 90s}, {@code 61m}, {@code 1500500u}. */
    public static String influxql(long nanos) {
        if (nanos == 0) {
            return "0s";
        }
        long[] units = {W, D, H, M, S, MS, US};
        String[] names = {"w", "d", "h", "m", "s", "ms", "u"};
        for (int i = 0; i < units.length; i++) {
            if (nanos % units[i] == 0) {
                return nanos / units[i] + names[i];
            }
        }
        return nanos + "ns";
    }

    /** Go's {@code time.Duration.String()}: {@code 0s}, {@code 1.5µs}, {@code 2m30s}, {@code 1h0m0.5s}. */
    public static String string(long nanos) {
        if (nanos == 0) {
            return "0s";
        }
        StringBuilder sb = new StringBuilder();
        if (nanos < 0) {
            sb.append('-');
        }
        // magnitude as unsigned so Long.MIN_VALUE works
        long u = nanos < 0 ? -nanos : nanos;
        if (Long.compareUnsigned(u, S) < 0) {
            if (u < US) {
                return sb.append(u).append("ns").toString();
            }
            long unit = u < MS ? US : MS;
            fraction(sb, u, unit);
            return sb.append(unit == US ? "µs" : "ms").toString();
        }
        long hours = Long.divideUnsigned(u, H);
        long rest = Long.remainderUnsigned(u, H);
        if (hours > 0) {
            sb.append(hours).append('h');
        }
        if (hours > 0 || rest >= M) {
            sb.append(rest / M).append('m');
            rest %= M;
        }
        fraction(sb, rest, S);
        return sb.append('s').toString();
    }

    /**
     * Go's {@code time.ParseDuration}: a signed sequence of decimal numbers with units
     * (ns, us, µs, ms, s, m, h), {@code 10m}, {@code 1h30m}, {@code 1.5s}; "0" alone needs no unit.
     *
     * @throws IllegalArgumentException with Go's message, {@code time: invalid duration "x"}
     */
    public static long parse(String s) {
        int i = 0;
        boolean negative = false;
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            negative = s.charAt(0) == '-';
            i++;
        }
        if (s.substring(i).equals("0")) {
            return 0;
        }
        if (i == s.length()) {
            throw invalid(s);
        }
        BigDecimal total = BigDecimal.ZERO;
        while (i < s.length()) {
            int start = i;
            while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
                i++;
            }
            String number = s.substring(start, i);
            if (number.isEmpty() || number.equals(".") || number.indexOf('.') != number.lastIndexOf('.')) {
                throw invalid(s);
            }
            int unitStart = i;
            while (i < s.length() && s.charAt(i) != '.' && !Character.isDigit(s.charAt(i))) {
                i++;
            }
            String unit = s.substring(unitStart, i);
            if (unit.isEmpty()) {
                throw new IllegalArgumentException("time: missing unit in duration " + GoQuote.quote(s));
            }
            total = total.add(new BigDecimal(number).multiply(BigDecimal.valueOf(unit(unit, s))));
        }
        if (total.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            throw invalid(s);
        }
        long nanos = total.longValue();
        return negative ? -nanos : nanos;
    }

    private static long unit(String unit, String s) {
        return switch (unit) {
            case "ns" -> 1;
            case "us", "µs", "μs" -> US;
            case "ms" -> MS;
            case "s" -> S;
            case "m" -> M;
            case "h" -> H;
            default -> throw new IllegalArgumentException("time: unknown unit " + GoQuote.quote(unit)
                    + " in duration " + GoQuote.quote(s));
        };
    }

    private static IllegalArgumentException invalid(String s) {
        return new IllegalArgumentException("time: invalid duration " + GoQuote.quote(s));
    }

    private static void fraction(StringBuilder sb, long value, long unit) {
        sb.append(value / unit);
        long frac = value % unit;
        if (frac == 0) {
            return;
        }
        int digits = Long.toString(unit).length() - 1;
        String f = Long.toString(frac);
        sb.append('.');
        for (int i = f.length(); i < digits; i++) {
            sb.append('0');
        }
        int end = f.length();
        while (f.charAt(end - 1) == '0') {
            end--;
        }
        sb.append(f, 0, end);
    }
}

package dev.kapacitor.gotemplate.internal;

/** time.Duration's String(): {@code 0s}, {@code 1.5µs}, {@code 2m30s}, {@code 1h0m0.5s}. */
final class GoDurations {
    private static final long US = 1_000L;
    private static final long MS = 1_000_000L;
    private static final long S = 1_000_000_000L;
    private static final long M = 60 * S;
    private static final long H = 60 * M;

    private GoDurations() {
    }

    static String string(long nanos) {
        if (nanos == 0) {
            return "0s";
        }
        StringBuilder sb = new StringBuilder(16);
        if (nanos < 0) {
            sb.append('-');
        }
        // unsigned magnitude, so that Long.MIN_VALUE works too
        long u = nanos < 0 ? -nanos : nanos;
        if (Long.compareUnsigned(u, S) < 0) {
            long unit = u < US ? 1 : u < MS ? US : MS;
            withFraction(sb, u, unit);
            return sb.append(unit == 1 ? "ns" : unit == US ? "µs" : "ms").toString();
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
        withFraction(sb, rest, S);
        return sb.append('s').toString();
    }

    /** {@code value/unit} with the fraction's trailing zeros dropped. */
    private static void withFraction(StringBuilder sb, long value, long unit) {
        sb.append(value / unit);
        long frac = value % unit;
        if (frac == 0) {
            return;
        }
        int width = Long.toString(unit).length() - 1;
        while (frac % 10 == 0) {
            frac /= 10;
            width--;
        }
        String f = Long.toString(frac);
        sb.append('.');
        for (int i = f.length(); i < width; i++) {
            sb.append('0');
        }
        sb.append(f);
    }
}

package dev.kapacitor.engine.task;

/** InfluxQL duration strings ({@code 10s}, {@code 1h30m}, {@code 500ms}, {@code 3u}) in nanoseconds. */
final class Durations {
    private Durations() {
    }

    static long parse(String s) {
        if (s.isEmpty()) {
            throw new IllegalArgumentException("invalid duration");
        }
        int i = 0;
        boolean negative = s.charAt(0) == '-';
        if (negative) {
            i++;
        }
        long total = 0;
        while (i < s.length()) {
            int start = i;
            while (i < s.length() && Character.isDigit(s.charAt(i))) {
                i++;
            }
            if (start == i) {
                throw new IllegalArgumentException("invalid duration " + s);
            }
            long n = Long.parseLong(s.substring(start, i));
            int unitStart = i;
            while (i < s.length() && !Character.isDigit(s.charAt(i))) {
                i++;
            }
            total += n * unit(s.substring(unitStart, i), s);
        }
        return negative ? -total : total;
    }

    private static long unit(String u, String s) {
        return switch (u) {
            case "ns" -> 1L;
            case "u", "µ", "us" -> 1_000L;
            case "ms" -> 1_000_000L;
            case "s" -> 1_000_000_000L;
            case "m" -> 60_000_000_000L;
            case "h" -> 3_600_000_000_000L;
            case "d" -> 86_400_000_000_000L;
            case "w" -> 604_800_000_000_000L;
            default -> throw new IllegalArgumentException("invalid duration " + s);
        };
    }
}

package dev.kapacitor.engine.lambda.gocompat;

import dev.kapacitor.api.gofmt.GoFloat;
import dev.kapacitor.api.gofmt.GoQuote;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Number and duration text as Go's strconv and InfluxQL write and read it, because lambda
 * results (string(), int('42'), duration('5m', 1s)) must match Kapacitor byte for byte.
 * Parse errors are thrown as IllegalArgumentException carrying Go's message.
 */
public final class GoFormat {
    private static final long MICRO = 1_000L;
    private static final long MILLI = 1_000_000L;
    private static final long SECOND = 1_000_000_000L;
    private static final long MINUTE = 60 * SECOND;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;
    private static final long WEEK = 7 * DAY;
    private static final double TWO_POW_63 = 0x1p63;
    private static final java.util.regex.Pattern HEX_FLOAT =
            java.util.regex.Pattern.compile("0x([0-9a-f]+\\.?[0-9a-f]*|\\.[0-9a-f]+)p[+-]?[0-9]+");

    private GoFormat() {
    }

    /** strconv.FormatFloat(f, 'f', -1, 64): the shortest digits that read back, never an exponent. */
    public static String formatFloat(double f) {
        return GoFloat.format(f, 'f', -1);
    }

    /** fmt's %v of a float64: shortest digits, exponent form below 1e-4 or from 1e21. */
    public static String formatFloatV(double f) {
        if (Double.isNaN(f) || Double.isInfinite(f) || f == 0) {
            return GoFloat.format(f, 'f', -1);
        }
        BigDecimal d = shortest(f).stripTrailingZeros();
        int exp = d.precision() - d.scale() - 1;
        if (exp >= -4 && exp < 21) {
            return d.toPlainString();
        }
        String digits = d.unscaledValue().abs().toString();
        StringBuilder sb = new StringBuilder();
        if (f < 0) {
            sb.append('-');
        }
        sb.append(digits.charAt(0));
        if (digits.length() > 1) {
            sb.append('.').append(digits, 1, digits.length());
        }
        sb.append('e').append(exp < 0 ? '-' : '+');
        int ae = Math.abs(exp);
        if (ae < 10) {
            sb.append('0');
        }
        return sb.append(ae).toString();
    }

    /** The decimal with the fewest significant digits that parses back to f (the closest such). */
    private static BigDecimal shortest(double f) {
        BigDecimal exact = new BigDecimal(f);
        // round-tripping is monotonic in the number of digits, so a binary search finds the least
        int lo = 1;
        int hi = 17;
        BigDecimal best = exact.round(new MathContext(17, RoundingMode.HALF_EVEN));
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            BigDecimal candidate = exact.round(new MathContext(mid, RoundingMode.HALF_EVEN));
            if (candidate.doubleValue() == f) {
                best = candidate;
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo == 17 ? best : exact.round(new MathContext(lo, RoundingMode.HALF_EVEN));
    }

    /** influxql.FormatDuration: the largest unit that divides evenly, microseconds at the finest. */
    public static String formatDuration(long d) {
        if (d == 0) {
            return "0s";
        } else if (d % WEEK == 0) {
            return d / WEEK + "w";
        } else if (d % DAY == 0) {
            return d / DAY + "d";
        } else if (d % HOUR == 0) {
            return d / HOUR + "h";
        } else if (d % MINUTE == 0) {
            return d / MINUTE + "m";
        } else if (d % SECOND == 0) {
            return d / SECOND + "s";
        } else if (d % MILLI == 0) {
            return d / MILLI + "ms";
        }
        return d / MICRO + "u";
    }

    /** influxql.ParseDuration: one or more {digits}{u|µ|ms|s|m|h|d|w}, optionally negative. */
    public static long parseDuration(String s) {
        int[] a = s.codePoints().toArray();
        if (s.length() < 2) {
            throw new IllegalArgumentException("invalid duration");
        }
        int i = 0;
        boolean negative = a[0] == '-';
        if (negative) {
            i++;
        }
        long d = 0;
        long measure = 0;
        String unit = "";
        while (i < a.length) {
            int start = i;
            while (i < a.length && a[i] >= '0' && a[i] <= '9') {
                i++;
            }
            if (i >= a.length || i == start) {
                throw new IllegalArgumentException("invalid duration");
            }
            long n;
            try {
                n = Long.parseLong(new String(a, start, i - start));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("invalid duration");
            }
            measure = n;
            unit = new String(a, i, 1);
            long scale;
            switch (a[i]) {
                case 'u', 'µ' -> scale = MICRO;
                case 'm' -> {
                    if (i + 1 < a.length && a[i + 1] == 's') {
                        unit = "ms";
                        i++;
                        scale = MILLI;
                    } else {
                        scale = MINUTE;
                    }
                }
                case 's' -> scale = SECOND;
                case 'h' -> scale = HOUR;
                case 'd' -> scale = DAY;
                case 'w' -> scale = WEEK;
                default -> throw new IllegalArgumentException("invalid duration");
            }
            d += n * scale; // wraps like Go's time.Duration arithmetic
            i++;
        }
        if (d < 0 && !negative) {
            throw new IllegalArgumentException("overflowed duration " + measure + unit
                    + ": choose a smaller duration or INF");
        }
        return negative ? -d : d;
    }

    /** strconv.ParseInt(s, 10, 64). */
    public static long parseInt(String s) {
        int i = 0;
        int n = s.length();
        boolean negative = false;
        if (n > 0 && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            negative = s.charAt(0) == '-';
            i = 1;
        }
        if (i == n) {
            throw syntax("ParseInt", s);
        }
        long acc = 0; // accumulated negatively so that MinInt64 fits
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw syntax("ParseInt", s);
            }
            try {
                acc = Math.subtractExact(Math.multiplyExact(acc, 10), c - '0');
            } catch (ArithmeticException e) {
                throw outOfRange("ParseInt", s);
            }
        }
        if (!negative && acc == Long.MIN_VALUE) {
            throw outOfRange("ParseInt", s);
        }
        return negative ? acc : -acc;
    }

    /** strconv.ParseFloat(s, 64): decimal or hexadecimal notation, inf, infinity and nan. */
    public static double parseFloat(String s) {
        String body = s.startsWith("+") || s.startsWith("-") ? s.substring(1) : s;
        String lower = body.toLowerCase(java.util.Locale.ROOT);
        boolean negative = s.startsWith("-");
        if (lower.equals("inf") || lower.equals("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (lower.equals("nan") && body.length() == s.length()) {
            return Double.NaN;
        }
        String digits = withoutDigitSeparators(body);
        if (digits == null || (!isGoDecimal(digits) && !isGoHex(digits.toLowerCase(java.util.Locale.ROOT)))) {
            throw syntax("ParseFloat", s);
        }
        double v = Double.parseDouble(negative ? "-" + digits : digits);
        if (Double.isInfinite(v)) {
            throw outOfRange("ParseFloat", s);
        }
        return v;
    }

    /** Go number syntax allows '_' between digits (1_000.5); null when one is misplaced. */
    private static String withoutDigitSeparators(String b) {
        if (b.indexOf('_') < 0) {
            return b;
        }
        for (int i = 0; i < b.length(); i++) {
            if (b.charAt(i) == '_' && (i == 0 || i == b.length() - 1
                    || !Character.isLetterOrDigit(b.charAt(i - 1)) || !Character.isLetterOrDigit(b.charAt(i + 1)))) {
                return null;
            }
        }
        return b.replace("_", "");
    }

    private static boolean isGoDecimal(String b) {
        int i = 0;
        int n = b.length();
        int digits = 0;
        while (i < n && b.charAt(i) >= '0' && b.charAt(i) <= '9') {
            i++;
            digits++;
        }
        if (i < n && b.charAt(i) == '.') {
            i++;
            while (i < n && b.charAt(i) >= '0' && b.charAt(i) <= '9') {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (b.charAt(i) == 'e' || b.charAt(i) == 'E')) {
            i++;
            if (i < n && (b.charAt(i) == '+' || b.charAt(i) == '-')) {
                i++;
            }
            int expDigits = 0;
            while (i < n && b.charAt(i) >= '0' && b.charAt(i) <= '9') {
                i++;
                expDigits++;
            }
            if (expDigits == 0) {
                return false;
            }
        }
        return i == n;
    }

    private static boolean isGoHex(String b) {
        // Java's parser accepts the same 0x mantissa p exponent form; it needs the p exponent, as Go does
        return HEX_FLOAT.matcher(b).matches();
    }

    /** strconv.ParseBool. */
    public static boolean parseBool(String s) {
        switch (s) {
            case "1", "t", "T", "TRUE", "true", "True":
                return true;
            case "0", "f", "F", "FALSE", "false", "False":
                return false;
            default:
                throw syntax("ParseBool", s);
        }
    }

    private static IllegalArgumentException outOfRange(String fn, String s) {
        return new IllegalArgumentException("strconv." + fn + ": parsing " + GoQuote.quote(s) + ": value out of range");
    }

    private static IllegalArgumentException syntax(String fn, String s) {
        return new IllegalArgumentException("strconv." + fn + ": parsing " + GoQuote.quote(s) + ": invalid syntax");
    }

    /** int64(f) as Go compiles it on amd64: out of range and NaN give MinInt64 instead of saturating. */
    public static long floatToInt64(double f) {
        if (f >= TWO_POW_63 || f < -TWO_POW_63 || Double.isNaN(f)) {
            return Long.MIN_VALUE;
        }
        return (long) f;
    }

    /** uint64(f) as Go compiles it on amd64, as bits in a long. */
    public static long floatToUint64(double f) {
        if (f < TWO_POW_63) {
            return floatToInt64(f);
        }
        return floatToInt64(f - TWO_POW_63) ^ Long.MIN_VALUE;
    }
}

package dev.kapacitor.api.lineprotocol;

import java.nio.charset.StandardCharsets;

/** Number parsing straight from bytes, with Go's strconv results. */
final class Numbers {
    private static final double[] POW10 = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    };
    /** Decimal digits that always fit a double's mantissa exactly. */
    static final int EXACT_DIGITS = 15;
    /** Decimal digits that always fit an unsigned long, as {@link EiselLemire} reads its mantissa. */
    static final int MAX_DIGITS = 19;

    private Numbers() {
    }

    /**
     * A base-10 integer with an optional leading '-'.
     *
     * @throws ArithmeticException when it does not fit in a long
     * @throws NumberFormatException when it is not an integer
     */
    static long parseLong(byte[] b, int from, int to) {
        boolean negative = from < to && b[from] == '-';
        int i = negative ? from + 1 : from;
        if (i >= to) {
            throw new NumberFormatException();
        }
        // accumulate negatively, so Long.MIN_VALUE fits
        long limit = negative ? Long.MIN_VALUE : -Long.MAX_VALUE;
        long minBeforeDigit = limit / 10;
        long r = 0;
        for (; i < to; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                throw new NumberFormatException();
            }
            if (r < minBeforeDigit || r * 10 < limit + d) {
                throw new ArithmeticException();
            }
            r = r * 10 - d;
        }
        return negative ? r : -r;
    }

    /**
     * A decimal float: optional '-', digits with at most one '.', then an optional exponent. Correctly
     * rounded like Go's strconv.ParseFloat.
     *
     * @return the value, NaN when the text is not such a number, or an infinity when it overflows
     */
    static double parseDouble(byte[] b, int from, int to) {
        int i = from;
        boolean negative = i < to && b[i] == '-';
        if (negative) {
            i++;
        }
        long mantissa = 0;
        int digits = 0;
        int scale = 0;
        boolean sawDigit = false;
        boolean sawPoint = false;
        for (; i < to; i++) {
            int c = b[i];
            if (c >= '0' && c <= '9') {
                sawDigit = true;
                if (mantissa == 0 && c == '0') {
                    scale -= sawPoint ? 1 : 0;
                    continue;
                }
                if (digits == MAX_DIGITS) {
                    return slow(b, from, to);
                }
                mantissa = mantissa * 10 + (c - '0');
                digits++;
                scale -= sawPoint ? 1 : 0;
            } else if (c == '.' && !sawPoint) {
                sawPoint = true;
            } else if (c == 'e' || c == 'E') {
                break;
            } else {
                return Double.NaN;
            }
        }
        if (!sawDigit) {
            return Double.NaN;
        }
        if (i < to) {
            int exponent = parseExponent(b, i + 1, to);
            if (exponent == Integer.MIN_VALUE) {
                return Double.NaN;
            }
            if (exponent == Integer.MAX_VALUE) {
                return slow(b, from, to);
            }
            scale += exponent;
        }
        double v = decimal(mantissa, digits, scale);
        if (Double.isNaN(v)) {
            return slow(b, from, to);
        }
        return negative ? -v : v;
    }

    /**
     * mantissa (unsigned, of {@code digits} significant digits) x 10^scale, correctly rounded; NaN when neither
     * fast way can decide it, so the caller reads the text the slow way.
     */
    static double decimal(long mantissa, int digits, int scale) {
        double v = digits <= EXACT_DIGITS ? exact(mantissa, scale) : Double.NaN;
        return Double.isNaN(v) ? EiselLemire.toDouble(mantissa, scale) : v;
    }

    /**
     * mantissa x 10^scale when both are exact in a double, so the one rounding of the product or quotient is
     * the correct rounding; NaN otherwise. The mantissa must have at most {@link #EXACT_DIGITS} digits.
     */
    static double exact(long mantissa, int scale) {
        if (mantissa == 0) {
            return 0;
        } else if (scale >= 0 && scale < POW10.length) {
            return mantissa * POW10[scale];
        } else if (scale < 0 && -scale < POW10.length) {
            return mantissa / POW10[-scale];
        }
        return Double.NaN;
    }

    /** The exponent after an 'e'; MIN_VALUE when malformed, MAX_VALUE when too large to handle here. */
    private static int parseExponent(byte[] b, int i, int to) {
        boolean negative = i < to && b[i] == '-';
        if (i < to && (b[i] == '-' || b[i] == '+')) {
            i++;
        }
        if (i >= to) {
            return Integer.MIN_VALUE;
        }
        int e = 0;
        for (; i < to; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return Integer.MIN_VALUE;
            }
            if (e > 100_000) {
                return Integer.MAX_VALUE;
            }
            e = e * 10 + d;
        }
        return negative ? -e : e;
    }

    /** Java's own parser, correctly rounded too, on text limited to what Go would also read as decimal. */
    private static double slow(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            int c = b[i];
            if (!(c >= '0' && c <= '9' || c == '.' || c == 'e' || c == 'E' || c == '-' || c == '+')) {
                return Double.NaN;
            }
        }
        try {
            return Double.parseDouble(new String(b, from, to - from, StandardCharsets.ISO_8859_1));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}

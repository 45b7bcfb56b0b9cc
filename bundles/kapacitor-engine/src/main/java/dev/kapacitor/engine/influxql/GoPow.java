package dev.kapacitor.engine.influxql;

/**
 * Go's math.Pow for a whole exponent: repeated squaring on the mantissa with the exponent
 * kept apart. Its rounding differs from Java's Math.pow in the last place, and Holt-Winters'
 * fit magnifies such differences, so its damping powers are computed the Go way.
 */
final class GoPow {
    private static final int HUGE_EXPONENT = 1 << 12;

    private GoPow() {
    }

    /** x to the power y, for y at least 0. */
    static double pow(double x, int y) {
        if (y == 0 || x == 1) {
            return 1;
        }
        if (y == 1) {
            return x;
        }
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        boolean odd = (y & 1) == 1;
        if (x == 0) {
            return odd ? x : 0;
        }
        if (Double.isInfinite(x)) {
            return x < 0 && odd ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        // x = frac * 2^exp with frac in [0.5, 1)
        int exp = exponent(x);
        double frac = Math.scalb(x, -exp);
        double a = 1;
        int ae = 0;
        for (long i = y; i != 0; i >>= 1) {
            if (exp < -HUGE_EXPONENT || HUGE_EXPONENT < exp) {
                // overflow or underflow for sure: let scalb saturate
                ae += exp;
                break;
            }
            if ((i & 1) == 1) {
                a *= frac;
                ae += exp;
            }
            frac *= frac;
            exp <<= 1;
            if (frac < .5) {
                frac += frac;
                exp--;
            }
        }
        return Math.scalb(a, ae);
    }

    /** Go's Frexp exponent: x / 2^result lies in [0.5, 1). */
    private static int exponent(double x) {
        int e = Math.getExponent(x);
        if (e == Double.MIN_EXPONENT - 1) {
            // subnormal: normalize first
            return Math.getExponent(x * 0x1p52) - 52 + 1;
        }
        return e + 1;
    }
}

package dev.kapacitor.engine.lambda.gocompat;

import java.math.BigInteger;

/**
 * The functions of Go's math package that java.lang.Math lacks or treats differently at
 * the edges (Pow(-1, ±Inf) is 1 in Go, NaN in Java; Log2 of a power of two is exact in Go).
 * Where Java has no counterpart (erf, gamma, acosh...) the implementations are our own,
 * accurate to a few units in the last place, with Go's special cases.
 */
public final class GoMath {
    private static final double INV_LN2 = 1.44269504088896340735992468100189214;
    private static final double INV_LN10 = 0.434294481903251827651128918916605082;
    private static final double TWO_OVER_SQRT_PI = 1.12837916709551257389615890312154517;
    private static final double LN2 = 0.693147180559945309417232121458176568;
    private static final double[] POW10 = new double[309 + 323];
    /** 0! to 170!, correctly rounded. */
    private static final double[] FACTORIAL = new double[171];
    private static final double SQRT_2PI = 2.50662827463100050241576528481104525;

    static {
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = Double.parseDouble("1e" + (i - 323));
        }
        BigInteger f = BigInteger.ONE;
        FACTORIAL[0] = 1;
        for (int i = 1; i < FACTORIAL.length; i++) {
            f = f.multiply(BigInteger.valueOf(i));
            FACTORIAL[i] = f.doubleValue();
        }
    }

    private GoMath() {
    }

    public static double pow(double x, double y) {
        if (x == 1 || (x == -1 && Double.isInfinite(y))) {
            return 1;
        }
        return Math.pow(x, y);
    }

    /** math.Pow10: exact for -323..308, else 0 or +Inf. */
    public static double pow10(long n) {
        if (n < -323) {
            return 0;
        }
        return n > 308 ? Double.POSITIVE_INFINITY : POW10[(int) n + 323];
    }

    public static double log10(double x) {
        return Math.log(x) * INV_LN10;
    }

    /** math.Log2: exact for powers of two. */
    public static double log2(double x) {
        if (!(x > 0) || Double.isInfinite(x)) {
            return Math.log(x) * INV_LN2;
        }
        int exp = exponent(x) + 1;
        double frac = Math.scalb(x, -exp); // in [0.5, 1)
        if (frac == 0.5) {
            return exp - 1;
        }
        return Math.log(frac) * INV_LN2 + exp;
    }

    /** math.Logb: the binary exponent, subnormals included. */
    public static double logb(double x) {
        if (x == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (Double.isInfinite(x)) {
            return Double.POSITIVE_INFINITY;
        }
        if (Double.isNaN(x)) {
            return x;
        }
        return exponent(x);
    }

    private static int exponent(double x) {
        int e = Math.getExponent(x);
        return e == Double.MIN_EXPONENT - 1 ? Math.getExponent(x * 0x1p54) - 54 : e;
    }

    public static double trunc(double x) {
        return x < 0 ? Math.ceil(x) : Math.floor(x);
    }

    public static double exp2(double x) {
        return Math.pow(2, x);
    }

    public static double asinh(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 0) {
            return x;
        }
        double a = Math.abs(x);
        double r;
        if (a > 0x1p28) {
            r = Math.log(a) + LN2;
        } else if (a > 2) {
            r = Math.log(2 * a + 1 / (Math.sqrt(a * a + 1) + a));
        } else {
            double t = a * a;
            r = Math.log1p(a + t / (1 + Math.sqrt(1 + t)));
        }
        return x < 0 ? -r : r;
    }

    public static double acosh(double x) {
        if (x < 1 || Double.isNaN(x)) {
            return Double.NaN;
        }
        if (x == 1) {
            return 0;
        }
        if (x >= 0x1p28) {
            return Math.log(x) + LN2;
        }
        if (x > 2) {
            return Math.log(2 * x - 1 / (x + Math.sqrt(x * x - 1)));
        }
        double t = x - 1;
        return Math.log1p(t + Math.sqrt(2 * t + t * t));
    }

    public static double atanh(double x) {
        if (x < -1 || x > 1 || Double.isNaN(x)) {
            return Double.NaN;
        }
        if (x == 1 || x == -1) {
            return x * Double.POSITIVE_INFINITY;
        }
        double a = Math.abs(x);
        double r = a < 0.5 ? 0.5 * Math.log1p(2 * a + 2 * a * a / (1 - a)) : 0.5 * Math.log1p(2 * a / (1 - a));
        return x < 0 ? -r : r;
    }

    public static double erf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double a = Math.abs(x);
        double r;
        if (a < 2.5) {
            r = erfSeries(a);
        } else if (a < 6) {
            r = 1 - erfcFraction(a);
        } else {
            r = 1;
        }
        return x < 0 ? -r : r;
    }

    public static double erfc(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x < 0.5) {
            return 1 - erf(x);
        }
        if (x < 2.5) {
            return 1 - erfSeries(x);
        }
        return x > 28 ? 0 : erfcFraction(x);
    }

    /** erf by its series of positive terms, exp(-x²)·Σ 2ⁿx²ⁿ⁺¹/(1·3···(2n+1)): no cancellation. */
    private static double erfSeries(double x) {
        double x2 = x * x;
        double term = x;
        double sum = x;
        for (int n = 1; n < 200 && term > sum * 1e-17; n++) {
            term *= 2 * x2 / (2 * n + 1);
            sum += term;
        }
        return TWO_OVER_SQRT_PI * Math.exp(-x2) * sum;
    }

    /** erfc by Lentz's evaluation of its continued fraction, for x ≥ 2.5. */
    private static double erfcFraction(double x) {
        double tiny = 1e-300;
        double f = x;
        double c = x;
        double d = 0;
        for (int n = 1; n < 500; n++) {
            double an = n / 2.0;
            d = x + an * d;
            d = d == 0 ? tiny : d;
            c = x + an / c;
            c = c == 0 ? tiny : c;
            d = 1 / d;
            double delta = c * d;
            f *= delta;
            if (Math.abs(delta - 1) < 1e-16) {
                break;
            }
        }
        // exp(-x²) with x² split so that its rounding error does not reach the result
        double hi = Double.longBitsToDouble(Double.doubleToRawLongBits(x) & 0xffffffff00000000L);
        double lo = x - hi;
        return Math.exp(-hi * hi) * Math.exp(-lo * (x + hi)) / (f * Math.sqrt(Math.PI));
    }

    /** math.Gamma: exact factorials for integers, Stirling's series elsewhere, reflection below ½. */
    public static double gamma(double x) {
        if (x == Math.rint(x)) {
            if (x == 0) {
                return 1 / x; // ±Inf with the sign of the zero
            }
            if (x < 0 || x == Double.NEGATIVE_INFINITY) {
                return Double.NaN;
            }
            if (x <= FACTORIAL.length) {
                return FACTORIAL[(int) x - 1];
            }
        }
        if (Double.isNaN(x) || x > 171.7) {
            return x > 0 ? Double.POSITIVE_INFINITY : x;
        }
        if (x < 0.5) {
            return Math.PI / (sinPi(x) * gamma(1 - x));
        }
        double shift = 1;
        while (x < 20) {
            shift *= x;
            x += 1;
        }
        return stirling(x) / shift;
    }

    /** Γ(x) for x ≥ 20 (the next term, 691/360360x¹¹, is below 1e-17 there): √(2π) x^(x-½) e^-x exp(1/12x - 1/360x³ + ...), the power split to avoid overflow. */
    private static double stirling(double x) {
        double inv = 1 / x;
        double inv2 = inv * inv;
        double series = inv * (1.0 / 12 - inv2 * (1.0 / 360 - inv2 * (1.0 / 1260 - inv2 * (1.0 / 1680 - inv2 / 1188))));
        double p = Math.pow(x, (x - 0.5) / 2);
        return SQRT_2PI * p * (p * Math.exp(-x)) * Math.exp(series);
    }

    /** sin(πx) with the argument reduced exactly, so that large x keep their precision. */
    private static double sinPi(double x) {
        double r = x % 2;
        if (r > 1) {
            r -= 2;
        } else if (r < -1) {
            r += 2;
        }
        if (r > 0.5) {
            r = 1 - r;
        } else if (r < -0.5) {
            r = -1 - r;
        }
        return Math.sin(Math.PI * r);
    }
}

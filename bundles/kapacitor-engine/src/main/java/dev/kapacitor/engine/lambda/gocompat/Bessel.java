package dev.kapacitor.engine.lambda.gocompat;

/**
 * Bessel functions of the first and second kind with Go's special cases (j0, j1, jn, y0,
 * y1, yn). Our own method: Miller's backward recurrence normalised by J0 + 2ΣJ2k = 1 for
 * x below 25, Neumann series on that sequence for Y0 and Y1, Hankel's asymptotic expansion
 * from 25 up, and the stable direction of the three-term recurrence for higher orders.
 * Accurate to about 1e-15 absolute.
 */
public final class Bessel {
    private static final double ASYMPTOTIC_FROM = 25;
    private static final double EULER = 0.577215664901532860606512090082402431;
    private static final double TWO_OVER_PI = 0.636619772367581343075535053490057448;

    private Bessel() {
    }

    public static double j0(double x) {
        return jn(0, x);
    }

    public static double j1(double x) {
        return jn(1, x);
    }

    public static double y0(double x) {
        return yn(0, x);
    }

    public static double y1(double x) {
        return yn(1, x);
    }

    /** math.Jn. */
    public static double jn(long n, double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isInfinite(x)) {
            return 0;
        }
        double sign = 1;
        if (n < 0) {
            n = -n;
            x = -x;
        }
        if (x < 0) {
            x = -x;
            sign = (n & 1) == 1 ? -1 : 1;
        }
        if (x == 0) {
            return n == 0 ? sign : 0 * sign;
        }
        if (n > 1_000_000 && x < n / 2.0) {
            return 0 * sign; // underflows long before
        }
        return sign * jPositive((int) n, x);
    }

    /** math.Yn. */
    public static double yn(long n, double x) {
        double sign = 1;
        if (n < 0) {
            n = -n;
            sign = (n & 1) == 1 ? -1 : 1;
        }
        if (x < 0 || Double.isNaN(x)) {
            return Double.NaN;
        }
        if (x == Double.POSITIVE_INFINITY) {
            return 0;
        }
        if (x == 0) {
            return sign * Double.NEGATIVE_INFINITY;
        }
        if (n > 1_000_000 && x < n / 2.0) {
            return sign * Double.NEGATIVE_INFINITY;
        }
        double[] y01 = x >= ASYMPTOTIC_FROM ? hankel(x, true) : neumann(x);
        return sign * upward(y01[0], y01[1], (int) n, x);
    }

    private static double jPositive(int n, double x) {
        if (x >= ASYMPTOTIC_FROM && n < x) {
            double[] j01 = hankel(x, false);
            return upward(j01[0], j01[1], n, x);
        }
        if (x < 1e-8) {
            double half = x / 2;
            double term = 1;
            for (int k = 1; k <= n && term != 0; k++) {
                term *= half / k;
            }
            return term * (1 - half * half / (n + 1));
        }
        return miller(n, x)[n];
    }

    /** The three-term recurrence upwards from orders 0 and 1: stable for Y always, for J while n < x. */
    private static double upward(double f0, double f1, int n, double x) {
        if (n == 0) {
            return f0;
        }
        double prev = f0;
        double cur = f1;
        for (int k = 1; k < n && !Double.isInfinite(cur); k++) {
            double next = 2 * k / x * cur - prev;
            prev = cur;
            cur = next;
        }
        return cur;
    }

    /** J0..Jm for m well above n and x, by downward recurrence and normalisation. */
    private static double[] miller(int n, double x) {
        double big = Math.max(n, x);
        int m = 2 * ((int) (big + 30 + 3 * Math.sqrt(big)) / 2 + 1);
        double[] j = new double[m + 2];
        j[m + 1] = 0;
        j[m] = 1e-300;
        for (int k = m; k > 0; k--) {
            j[k - 1] = 2 * k / x * j[k] - j[k + 1];
            if (Math.abs(j[k - 1]) > 1e250) {
                for (int i = k - 1; i <= m; i++) {
                    j[i] *= 1e-250;
                }
            }
        }
        double sum = j[0];
        for (int k = 2; k <= m; k += 2) {
            sum += 2 * j[k];
        }
        for (int k = 0; k <= m; k++) {
            j[k] /= sum;
        }
        return j;
    }

    /** Y0 and Y1 below the asymptotic range, from Neumann's series over J2k. */
    private static double[] neumann(double x) {
        double l = Math.log(x / 2) + EULER;
        if (x < 1e-8) {
            return new double[] {TWO_OVER_PI * l, -TWO_OVER_PI / x};
        }
        double[] j = miller(1, x);
        double s0 = 0;
        double s1 = 0;
        for (int k = 1; 2 * k + 1 < j.length; k++) {
            double sign = (k & 1) == 1 ? -1 : 1;
            s0 += sign * j[2 * k] / k;
            s1 += sign * (j[2 * k - 1] - j[2 * k + 1]) / k;
        }
        double y0 = TWO_OVER_PI * (l * j[0] - 2 * s0);
        double y1 = TWO_OVER_PI * (l * j[1] - j[0] / x + s1);
        return new double[] {y0, y1};
    }

    /**
     * Orders 0 and 1 for large x: sqrt(2/πx)(P cos χ - Q sin χ) for J, (P sin χ + Q cos χ) for
     * Y, with χ = x - (2ν+1)π/4 expanded through sin x and cos x to keep the phase exact.
     */
    private static double[] hankel(double x, boolean second) {
        double s = Math.sin(x);
        double c = Math.cos(x);
        double r = Math.sqrt(TWO_OVER_PI / x) * Math.sqrt(0.5);
        double[] out = new double[2];
        for (int nu = 0; nu <= 1; nu++) {
            double[] pq = hankelPQ(nu, x);
            // nu=0: cos χ = (c + s)/√2, sin χ = (s - c)/√2; nu=1: cos χ = (s - c)/√2, sin χ = -(s + c)/√2
            double cosChi = nu == 0 ? c + s : s - c;
            double sinChi = nu == 0 ? s - c : -(s + c);
            out[nu] = second ? r * (pq[0] * sinChi + pq[1] * cosChi) : r * (pq[0] * cosChi - pq[1] * sinChi);
        }
        return out;
    }

    private static double[] hankelPQ(int nu, double x) {
        double mu = 4.0 * nu * nu;
        double p = 1;
        double q = 0;
        double term = 1;
        double last = Double.MAX_VALUE;
        for (int k = 1; k < 200; k++) {
            double odd = 2 * k - 1;
            term *= (mu - odd * odd) / (k * 8 * x);
            if (Math.abs(term) >= last || term == 0) {
                break;
            }
            last = Math.abs(term);
            // a_k/x^k alternates between Q (odd k) and P (even k), each with sign (-1)^floor(k/2)
            double signed = ((k / 2) & 1) == 1 ? -term : term;
            if ((k & 1) == 1) {
                q += signed;
            } else {
                p += signed;
            }
        }
        return new double[] {p, q};
    }
}

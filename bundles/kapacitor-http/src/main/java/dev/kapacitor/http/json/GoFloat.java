package dev.kapacitor.http.json;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Formats a double as Go's encoding/json does: the shortest decimal that reads back as the same
 * double, plain notation for 1e-6 <= |v| < 1e21 ({@code 2} not {@code 2.0}), exponent notation
 * outside it ({@code 1e-7}, {@code 1e+21}).
 */
public final class GoFloat {
    private GoFloat() {
    }

    /** @throws IllegalArgumentException for NaN and infinities, which Go's encoder rejects too */
    public static String format(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            throw new IllegalArgumentException("json: unsupported value: " + goName(v));
        }
        if (v == 0) {
            return 1 / v < 0 ? "-0" : "0";
        }
        Decimal d = Decimal.shortest(v);
        double abs = Math.abs(v);
        StringBuilder sb = new StringBuilder(24);
        if (v < 0) {
            sb.append('-');
        }
        if (abs < 1e-6 || abs >= 1e21) {
            exponent(sb, d);
        } else {
            plain(sb, d);
        }
        return sb.toString();
    }

    private static String goName(double v) {
        return Double.isNaN(v) ? "NaN" : v > 0 ? "+Inf" : "-Inf";
    }

    private static void plain(StringBuilder sb, Decimal d) {
        String digits = d.digits;
        int point = d.exp10 + 1; // digits before the decimal point
        if (point <= 0) {
            sb.append("0.");
            sb.append("0".repeat(-point));
            sb.append(digits);
        } else if (point >= digits.length()) {
            sb.append(digits);
            sb.append("0".repeat(point - digits.length()));
        } else {
            sb.append(digits, 0, point).append('.').append(digits, point, digits.length());
        }
    }

    private static void exponent(StringBuilder sb, Decimal d) {
        sb.append(d.digits.charAt(0));
        if (d.digits.length() > 1) {
            sb.append('.').append(d.digits, 1, d.digits.length());
        }
        sb.append('e');
        int e = d.exp10;
        if (e < 0) {
            sb.append('-').append(-e); // Go trims e-07 to e-7
        } else {
            sb.append('+');
            if (e < 10) {
                sb.append('0');
            }
            sb.append(e);
        }
    }

    /** The significant digits (no leading or trailing zeros) and the power of ten of the first. */
    private record Decimal(String digits, int exp10) {
        /**
         * Double.toString's digits, unless fewer digits also read back as v: Java 17's
         * toString is not always the shortest (4.9E-324 for Go's 5e-324). Since a rounding
         * to p digits that reads back implies one to p+1 digits does too, the shortest
         * length is found by bisection; the common case costs a single rounding.
         */
        static Decimal shortest(double v) {
            double abs = Math.abs(v);
            Decimal d = parse(Double.toString(abs));
            int n = d.digits.length();
            if (n == 1 || !readsBack(abs, n - 1)) {
                return n >= 16 ? rounded(abs, n) : d; // long outputs may end in a wrong digit
            }
            int lo = 1;
            int hi = n - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (readsBack(abs, mid)) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return rounded(abs, lo);
        }

        private static boolean readsBack(double abs, int digits) {
            return new BigDecimal(abs).round(new MathContext(digits)).doubleValue() == abs;
        }

        private static Decimal rounded(double abs, int digits) {
            return parse(new BigDecimal(abs).round(new MathContext(digits)).toString());
        }

        /** Parses the output of Double.toString or BigDecimal.toString of a positive number. */
        static Decimal parse(String s) {
            int e = s.indexOf('E');
            int exp = e < 0 ? 0 : Integer.parseInt(s.substring(e + 1));
            String mantissa = e < 0 ? s : s.substring(0, e);
            int dot = mantissa.indexOf('.');
            String intPart = dot < 0 ? mantissa : mantissa.substring(0, dot);
            String frac = dot < 0 ? "" : mantissa.substring(dot + 1);
            String all = intPart + frac;
            int lead = 0;
            while (lead < all.length() - 1 && all.charAt(lead) == '0') {
                lead++;
            }
            int end = all.length();
            while (end > lead + 1 && all.charAt(end - 1) == '0') {
                end--;
            }
            return new Decimal(all.substring(lead, end), exp + intPart.length() - 1 - lead);
        }
    }
}

package dev.kapacitor.api.gofmt;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** strconv.FormatFloat for float64: verbs e, E, f, g, G with a precision, or -1 for the shortest. */
public final class GoFloat {
    /** Decimal digits {@code d} (no leading or trailing zeros) with value {@code 0.d × 10^dp}. */
    private record Digits(String d, int dp) {
        int nd() {
            return d.length();
        }

        char at(int i) {
            return d.charAt(i);
        }
    }

    private GoFloat() {
    }

    /** Go's {@code %v} of a float64 ('g', shortest): 'e' form for exponents below -4 or from 6 up. */
    public static String string(double v) {
        return format(v, 'g', -1);
    }

    /**
     * As Go's encoding/json writes a float64: shortest digits, 'e' form below 1e-6 or from 1e21
     * up, with {@code e-7} not {@code e-07}. NaN and infinities are the caller's to reject.
     */
    public static String json(double v) {
        double abs = Math.abs(v);
        boolean exp = abs != 0 && (abs < 1e-6 || abs >= 1e21);
        String s = format(v, exp ? 'e' : 'f', -1);
        int n = s.length();
        if (exp && n >= 4 && s.charAt(n - 4) == 'e' && s.charAt(n - 3) == '-' && s.charAt(n - 2) == '0') {
            s = s.substring(0, n - 2) + s.charAt(n - 1);
        }
        return s;
    }

    /** strconv.FormatFloat(v, fmt, prec, 64): verbs e, E, f, g, G; prec -1 for the shortest. */
    public static String format(double v, char fmt, int prec) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "+Inf" : "-Inf";
        }
        boolean neg = v < 0 || (v == 0 && 1 / v < 0);
        double abs = Math.abs(v);
        boolean shortest = prec < 0;
        char lower = Character.toLowerCase(fmt);
        Digits digs = shortest(abs);
        if (shortest) {
            prec = switch (lower) {
                case 'e' -> Math.max(digs.nd() - 1, 0);
                case 'f' -> Math.max(digs.nd() - digs.dp(), 0);
                default -> digs.nd();
            };
        } else {
            if (lower == 'g' && prec == 0) {
                prec = 1;
            }
            int significant = switch (lower) {
                case 'f' -> digs.dp() + prec;
                case 'e' -> prec + 1;
                default -> prec;
            };
            digs = round(abs, digs, significant, lower == 'f' ? prec : -1);
        }
        StringBuilder sb = new StringBuilder(24);
        if (neg) {
            sb.append('-');
        }
        switch (lower) {
            case 'e' -> fmtE(sb, digs, prec, fmt);
            case 'f' -> fmtF(sb, digs, prec);
            default -> fmtG(sb, digs, prec, shortest, fmt == 'G' ? 'E' : 'e');
        }
        return sb.toString();
    }

    private static void fmtG(StringBuilder sb, Digits digs, int prec, boolean shortest, char e) {
        int eprec = prec;
        if (eprec > digs.nd() && digs.nd() >= digs.dp()) {
            eprec = digs.nd();
        }
        // %e when the exponent is below -4 or reaches the precision (6 for the shortest form)
        if (shortest) {
            eprec = 6;
        }
        int exp = digs.dp() - 1;
        if (exp < -4 || exp >= eprec) {
            fmtE(sb, digs, Math.min(prec, digs.nd()) - 1, e);
            return;
        }
        if (prec > digs.dp()) {
            prec = digs.nd();
        }
        fmtF(sb, digs, Math.max(prec - digs.dp(), 0));
    }

    private static void fmtE(StringBuilder sb, Digits digs, int prec, char e) {
        sb.append(digs.nd() == 0 ? '0' : digs.at(0));
        if (prec > 0) {
            sb.append('.');
            for (int i = 1; i <= prec; i++) {
                sb.append(i < digs.nd() ? digs.at(i) : '0');
            }
        }
        int exp = digs.nd() == 0 ? 0 : digs.dp() - 1;
        sb.append(e).append(exp < 0 ? '-' : '+');
        exp = Math.abs(exp);
        if (exp < 10) {
            sb.append('0');
        }
        sb.append(exp);
    }

    private static void fmtF(StringBuilder sb, Digits digs, int prec) {
        if (digs.dp() > 0) {
            int m = Math.min(digs.nd(), digs.dp());
            sb.append(digs.d(), 0, m);
            for (; m < digs.dp(); m++) {
                sb.append('0');
            }
        } else {
            sb.append('0');
        }
        if (prec > 0) {
            sb.append('.');
            for (int i = 1; i <= prec; i++) {
                int j = digs.dp() + i - 1;
                sb.append(j >= 0 && j < digs.nd() ? digs.at(j) : '0');
            }
        }
    }

    /**
     * {@code abs} correctly rounded (half to even) to {@code n} significant digits, from its
     * shortest digits when that gives the same answer, else from its exact value. Rounding the
     * shortest digits is exact unless they end right on the half; keeping them all is exact when
     * they need no more than 15 digits (no 15-digit decimal lies between a normal double and them).
     */
    private static Digits round(double abs, Digits s, int n, int decimals) {
        if (s.nd() == 0) {
            return s;
        }
        if (n >= s.nd()) {
            return n <= 15 && abs >= Double.MIN_NORMAL ? s : exact(abs, n, decimals);
        }
        if (n < 0) {
            return new Digits("", 0);
        }
        char next = s.at(n);
        if (next == '5' && n + 1 == s.nd()) {
            return exact(abs, n, decimals);
        }
        if (next < '5') {
            return trimmed(s.d().substring(0, n), s.dp());
        }
        char[] d = s.d().substring(0, n).toCharArray();
        int i = n - 1;
        while (i >= 0 && d[i] == '9') {
            d[i--] = '0';
        }
        if (i < 0) {
            return new Digits("1", s.dp() + 1);
        }
        d[i]++;
        return trimmed(new String(d), s.dp());
    }

    private static Digits exact(double abs, int n, int decimals) {
        BigDecimal exact = new BigDecimal(abs);
        return digits(decimals >= 0 ? exact.setScale(decimals, RoundingMode.HALF_EVEN)
                : exact.round(new MathContext(n, RoundingMode.HALF_EVEN)));
    }

    private static Digits trimmed(String d, int dp) {
        int end = d.length();
        while (end > 0 && d.charAt(end - 1) == '0') {
            end--;
        }
        return end == 0 ? new Digits("", 0) : new Digits(d.substring(0, end), dp);
    }

    private static Digits digits(BigDecimal bd) {
        if (bd.signum() == 0) {
            return new Digits("", 0);
        }
        String s = bd.unscaledValue().toString();
        return trimmed(s, s.length() - bd.scale());
    }

    /** The digits of Double.toString's {@code 71.234} or {@code 1.0E-5}. */
    private static Digits javaDigits(String s) {
        int e = s.indexOf('E');
        int exp = e < 0 ? 0 : Integer.parseInt(s.substring(e + 1));
        int end = e < 0 ? s.length() : e;
        int dot = s.indexOf('.');
        StringBuilder d = new StringBuilder(end);
        d.append(s, 0, dot).append(s, dot + 1, end);
        int dp = dot + exp;
        int start = 0;
        while (start < d.length() && d.charAt(start) == '0') {
            start++;
            dp--;
        }
        return trimmed(d.substring(start), dp);
    }

    /**
     * The shortest digits that read back as {@code abs}, the closest such when there are several,
     * as Go picks them. Double.toString's digits are that for up to 15 of them (two 15-digit
     * decimals never round to one double), but can be too long beyond, so those are searched.
     */
    private static Digits shortest(double abs) {
        if (abs == 0) {
            return new Digits("", 0);
        }
        Digits java = javaDigits(Double.toString(abs));
        // subnormals have fewer significant bits, so the 15-digit argument does not hold for them
        if (java.nd() <= 15 && abs >= Double.MIN_NORMAL) {
            return java;
        }
        BigDecimal exact = new BigDecimal(abs);
        // fewer digits never read back when 15 do not (they are further from abs)
        int from = abs < Double.MIN_NORMAL || roundsTo(exact, 15, abs) ? 1 : 16;
        for (int n = from; n < java.nd(); n++) {
            if (roundsTo(exact, n, abs)) {
                return digits(exact.round(new MathContext(n, RoundingMode.HALF_EVEN)));
            }
        }
        return digits(exact.round(new MathContext(java.nd(), RoundingMode.HALF_EVEN)));
    }

    private static boolean roundsTo(BigDecimal exact, int n, double abs) {
        return exact.round(new MathContext(n, RoundingMode.HALF_EVEN)).doubleValue() == abs;
    }
}

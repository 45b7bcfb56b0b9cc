package dev.kapacitor.engine.json;

/**
 * Go's shortest float formatting ({@code strconv.FormatFloat(f, 'f' or 'e', -1, 64)}), built from
 * the digits of {@link Double#toString(double)}.
 */
public final class GoFloat {
    private GoFloat() {
    }

    /** As Go's encoding/json writes a float64: 'f' form unless below 1e-6 or from 1e21 up. */
    public static String json(double d) {
        double abs = Math.abs(d);
        boolean exp = abs != 0 && (abs < 1e-6 || abs >= 1e21);
        String s = format(d, exp);
        if (exp) {
            // Go's json cleans e-07 to e-7
            int n = s.length();
            if (n >= 4 && s.charAt(n - 4) == 'e' && s.charAt(n - 3) == '-' && s.charAt(n - 2) == '0') {
                s = s.substring(0, n - 2) + s.charAt(n - 1);
            }
        }
        return s;
    }

    /** Go's {@code %v} of a float64 ('g', shortest): 'e' form for exponents below -4 or from 6 up. */
    public static String format(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        } else if (Double.isInfinite(d)) {
            return d > 0 ? "+Inf" : "-Inf";
        }
        Decimal dec = Decimal.of(d);
        int exp = dec.point - 1;
        return format(d, !dec.zero() && (exp < -4 || exp >= 6));
    }

    private static String format(double d, boolean expForm) {
        Decimal dec = Decimal.of(d);
        StringBuilder sb = new StringBuilder(24);
        if (dec.negative) {
            sb.append('-');
        }
        String digits = dec.digits;
        if (dec.zero()) {
            return sb.append(expForm ? "0e+00" : "0").toString();
        }
        if (expForm) {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) {
                sb.append('.').append(digits, 1, digits.length());
            }
            int e = dec.point - 1;
            sb.append('e').append(e < 0 ? '-' : '+');
            int ae = Math.abs(e);
            if (ae < 10) {
                sb.append('0');
            }
            return sb.append(ae).toString();
        }
        int point = dec.point;
        if (point <= 0) {
            sb.append("0.");
            for (int i = point; i < 0; i++) {
                sb.append('0');
            }
            return sb.append(digits).toString();
        }
        if (point >= digits.length()) {
            sb.append(digits);
            for (int i = digits.length(); i < point; i++) {
                sb.append('0');
            }
            return sb.toString();
        }
        return sb.append(digits, 0, point).append('.').append(digits, point, digits.length()).toString();
    }

    /** value = 0.digits × 10^point */
    private record Decimal(boolean negative, String digits, int point) {
        boolean zero() {
            return digits.equals("0");
        }

        static Decimal of(double d) {
            boolean neg = d < 0 || (d == 0 && 1 / d < 0);
            String s = Double.toString(Math.abs(d));
            int e = s.indexOf('E');
            int exp = e < 0 ? 0 : Integer.parseInt(s.substring(e + 1));
            String mantissa = e < 0 ? s : s.substring(0, e);
            int dot = mantissa.indexOf('.');
            String intPart = mantissa.substring(0, dot);
            String fracPart = mantissa.substring(dot + 1);
            String all = intPart + fracPart;
            int point = intPart.length() + exp;
            int start = 0;
            while (start < all.length() - 1 && all.charAt(start) == '0') {
                start++;
                point--;
            }
            int end = all.length();
            while (end > start + 1 && all.charAt(end - 1) == '0') {
                end--;
            }
            String digits = all.substring(start, end);
            return new Decimal(neg, digits, digits.equals("0") ? 1 : point);
        }
    }
}

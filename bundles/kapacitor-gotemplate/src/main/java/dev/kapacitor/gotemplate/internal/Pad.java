package dev.kapacitor.gotemplate.internal;

/** The flags, width and precision of one fmt verb, and the padding they ask for. */
final class Pad {
    boolean plus;
    boolean minus;
    boolean sharp;
    boolean space;
    boolean zero;
    boolean plusV;
    boolean sharpV;
    boolean widPresent;
    boolean precPresent;
    int wid;
    int prec;

    void clear() {
        plus = minus = sharp = space = zero = plusV = sharpV = widPresent = precPresent = false;
        wid = prec = 0;
    }

    int parseFlags(String f, int i) {
        for (; i < f.length(); i++) {
            switch (f.charAt(i)) {
                case '#' -> sharp = true;
                case '0' -> zero = !minus; // only pad with zeros on the left
                case '+' -> plus = true;
                case '-' -> {
                    minus = true;
                    zero = false;
                }
                case ' ' -> space = true;
                default -> {
                    return i;
                }
            }
        }
        return i;
    }

    int parseWidth(String f, int i) {
        int start = i;
        int n = 0;
        while (i < f.length() && Character.isDigit(f.charAt(i)) && n < 1_000_000) {
            n = n * 10 + (f.charAt(i++) - '0');
        }
        if (i > start) {
            widPresent = true;
            wid = n;
        }
        return i;
    }

    void setWidth(int w) {
        widPresent = true;
        wid = w;
        if (w < 0) {
            minus = true;
            zero = false;
            wid = -w;
        }
    }

    int parsePrecision(String f, int i) {
        int n = 0;
        while (i < f.length() && Character.isDigit(f.charAt(i)) && n < 1_000_000) {
            n = n * 10 + (f.charAt(i++) - '0');
        }
        setPrecision(n);
        return i;
    }

    void setPrecision(int p) {
        precPresent = true;
        prec = p;
    }

    String truncate(String s) {
        if (!precPresent || s.codePointCount(0, s.length()) <= prec) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, prec));
    }

    /** Pads to the width, counted in runes; with zeros on the left if the 0 flag says so. */
    void string(StringBuilder sb, String s) {
        int n = widPresent ? wid - s.codePointCount(0, s.length()) : 0;
        if (n <= 0) {
            sb.append(s);
        } else if (minus) {
            sb.append(s);
            repeat(sb, ' ', n);
        } else {
            repeat(sb, zero ? '0' : ' ', n);
            sb.append(s);
        }
    }

    private static void repeat(StringBuilder sb, char c, int n) {
        for (int i = 0; i < n; i++) {
            sb.append(c);
        }
    }

    /** fmt's fmtInteger: precision as minimum digits, zero padding as precision, then sign. */
    void integer(StringBuilder sb, long v, int base, boolean upper, String prefix) {
        boolean negative = v < 0;
        String digits = Long.toUnsignedString(negative ? -v : v, base);
        if (upper) {
            digits = digits.toUpperCase();
        }
        int minDigits = 0;
        if (precPresent) {
            minDigits = prec;
            if (prec == 0 && v == 0) {
                boolean oldZero = zero;
                zero = false;
                string(sb, "");
                zero = oldZero;
                return;
            }
        } else if (zero && widPresent) {
            minDigits = wid - (negative || plus || space ? 1 : 0);
        }
        StringBuilder num = new StringBuilder(24);
        num.append(negative ? "-" : plus ? "+" : space ? " " : "").append(prefix);
        repeat(num, '0', minDigits - digits.length());
        num.append(digits);
        boolean oldZero = zero;
        zero = false;
        string(sb, num.toString());
        zero = oldZero;
    }

    /** fmt's fmtFloat padding: the sign goes before zero padding; Inf and NaN never get zeros. */
    void number(StringBuilder sb, String formatted) {
        boolean signed = formatted.charAt(0) == '-' || formatted.charAt(0) == '+';
        String num = signed ? formatted : "+" + formatted;
        if (space && num.charAt(0) == '+' && !plus) {
            num = " " + num.substring(1);
        }
        if (num.endsWith("Inf") || num.endsWith("NaN")) {
            if (num.endsWith("NaN") && !space && !plus) {
                num = num.substring(1);
            }
            boolean oldZero = zero;
            zero = false;
            string(sb, num);
            zero = oldZero;
            return;
        }
        if (plus || num.charAt(0) != '+') {
            if (zero && widPresent && wid > num.length()) {
                sb.append(num.charAt(0));
                repeat(sb, '0', wid - num.length());
                sb.append(num, 1, num.length());
                return;
            }
            string(sb, num);
            return;
        }
        string(sb, num.substring(1));
    }
}

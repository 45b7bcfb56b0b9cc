package dev.kapacitor.gotemplate.internal;

import dev.kapacitor.api.gofmt.GoQuote;

import dev.kapacitor.gotemplate.TemplateException;

import java.math.BigInteger;

/** Number and character constants, typed as Go's text/template types them: int or float64. */
final class Numbers {
    private static final BigInteger MAX_UINT64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private Numbers() {
    }

    static Ast.Number parse(Source source, Token t) throws TemplateException {
        String text = t.text();
        if (t.kind() == Token.Kind.CHAR) {
            int rune = GoUnquote.unquoteRune(text);
            if (rune < 0) {
                throw source.error(t.pos(), "malformed character constant: " + text);
            }
            return new Ast.Number(text, rune, t.pos());
        }
        if (text.endsWith("i")) {
            throw source.error(t.pos(), "complex constants are not supported: " + GoQuote.quote(text));
        }
        BigInteger big = parseInteger(text);
        if (big != null) {
            if (big.bitLength() >= 64) {
                // Go reads it as a uint64 if it can, else as a float that looks like an integer
                String msg = big.signum() > 0 && big.compareTo(MAX_UINT64) <= 0
                        ? text + " overflows int" : "integer overflow: " + GoQuote.quote(text);
                throw source.error(t.pos(), msg);
            }
            long v = big.longValue();
            Object value = v;
            if (v == (int) v) {
                value = (int) v;
            }
            return new Ast.Number(text, value, t.pos());
        }
        Double f = parseFloat(text);
        if (f == null) {
            throw source.error(t.pos(), "illegal number syntax: " + GoQuote.quote(text));
        }
        if (!containsAny(text, ".eEpP")) {
            throw source.error(t.pos(), "integer overflow: " + GoQuote.quote(text));
        }
        return new Ast.Number(text, f, t.pos());
    }

    /** strconv.ParseInt(text, 0, ...) without the range check; null when not an integer. */
    private static BigInteger parseInteger(String text) {
        String s = text;
        boolean neg = false;
        if (s.startsWith("+") || s.startsWith("-")) {
            neg = s.charAt(0) == '-';
            s = s.substring(1);
        }
        int radix = 10;
        boolean prefixed = false;
        if (s.length() > 1 && s.charAt(0) == '0') {
            char p = Character.toLowerCase(s.charAt(1));
            radix = p == 'x' ? 16 : p == 'b' ? 2 : 8;
            prefixed = p == 'x' || p == 'b' || p == 'o';
            s = s.substring(prefixed ? 2 : 1);
        }
        if (s.isEmpty() || s.startsWith("_") && !prefixed && radix == 10 || s.endsWith("_") || s.contains("__")) {
            return null;
        }
        s = s.replace("_", "");
        try {
            BigInteger v = new BigInteger(s, radix);
            return neg ? v.negate() : v;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Double parseFloat(String text) {
        String s = text.replace("_", "");
        boolean hex = s.matches("[+-]?0[xX].*");
        if (hex && !containsAny(s, "pP")) {
            return null;
        }
        try {
            double d = Double.parseDouble(s);
            return Double.isInfinite(d) ? null : d;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean containsAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}

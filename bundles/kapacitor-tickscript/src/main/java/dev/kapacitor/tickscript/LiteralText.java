package dev.kapacitor.tickscript;

import dev.kapacitor.tickscript.ast.DurationLit;
import dev.kapacitor.tickscript.ast.FloatLit;
import dev.kapacitor.tickscript.ast.IntLit;
import java.math.BigDecimal;

/** Number and duration literals as Kapacitor's formatter writes them. */
final class LiteralText {
    /** Up to this many significant digits a decimal literal is already the shortest form of its double. */
    private static final int EXACT_DIGITS = 15;
    private static final long[] UNIT_NANOS = {
        7 * 24 * 3_600_000_000_000L, 24 * 3_600_000_000_000L, 3_600_000_000_000L, 60_000_000_000L,
        1_000_000_000L, 1_000_000L, 1_000L,
    };
    private static final String[] UNITS = {"w", "d", "h", "m", "s", "ms", "u"};

    private LiteralText() {
    }

    /** Octal literals keep one leading 0 ({@code 0644}); others are decimal. */
    static String integer(IntLit number) {
        String literal = number.literal();
        boolean octal = literal != null && literal.length() > 1 && literal.charAt(0) == '0';
        return octal ? "0" + Long.toOctalString(number.value()) : Long.toString(number.value());
    }

    /** Go's FormatFloat(f, 'f', -1): the shortest digits that read back, never an exponent; ".0" if integral. */
    static String decimal(FloatLit number) {
        String text = shortestPlain(number.value(), number.literal());
        return text.indexOf('.') < 0 ? text + ".0" : text;
    }

    private static String shortestPlain(double value, String literal) {
        if (literal != null && significantDigits(literal) <= EXACT_DIGITS) {
            return new BigDecimal(literal).stripTrailingZeros().toPlainString();
        }
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }

    private static int significantDigits(String literal) {
        String digits = literal.replace(".", "").replaceFirst("^0+", "").replaceFirst("0+$", "");
        return digits.length();
    }

    /** The source text; InfluxQL's FormatDuration when there is none. */
    static String duration(DurationLit duration) {
        if (duration.literal() != null && !duration.literal().isEmpty()) {
            return duration.literal();
        }
        long nanos = duration.nanos();
        if (nanos == 0) {
            return "0s";
        }
        for (int i = 0; i < UNITS.length; i++) {
            if (nanos % UNIT_NANOS[i] == 0) {
                return nanos / UNIT_NANOS[i] + UNITS[i];
            }
        }
        return nanos / 1_000L + "u";
    }
}

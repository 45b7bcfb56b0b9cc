package dev.kapacitor.tickscript.parser;

/**
 * Values of literal tokens, decoded as Kapacitor's node.go and InfluxQL's ParseDuration do.
 * Each method throws IllegalArgumentException with Kapacitor's wording when the text is not
 * a valid value; the caller adds the position.
 */
final class Literals {
    private static final long MICROSECOND = 1_000L;
    private static final long MILLISECOND = 1_000_000L;
    private static final long SECOND = 1_000_000_000L;
    private static final long MINUTE = 60 * SECOND;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;
    private static final long WEEK = 7 * DAY;

    private Literals() {
    }

    /** A leading 0 makes the integer octal, as in Go. */
    static boolean isOctal(String text) {
        return text.length() > 1 && text.charAt(0) == '0';
    }

    static long integer(String text) {
        try {
            return Long.parseLong(text, isOctal(text) ? 8 : 10);
        } catch (NumberFormatException e) {
            throw illegalNumber(text);
        }
    }

    static double decimal(String text) {
        double value = Double.parseDouble(text);
        if (Double.isInfinite(value)) {
            throw illegalNumber(text);
        }
        return value;
    }

    private static IllegalArgumentException illegalNumber(String text) {
        return new IllegalArgumentException("illegal number syntax: \"" + text + "\"");
    }

    /** Digits followed by u, µ, ms, s, m, h, d or w (the lexer guarantees the form). */
    static long durationNanos(String text) {
        int unitAt = text.length() - (text.endsWith("ms") ? 2 : 1);
        long count;
        try {
            count = Long.parseLong(text.substring(0, unitAt));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("invalid duration");
        }
        String unit = text.substring(unitAt);
        try {
            return Math.multiplyExact(count, unitNanos(unit));
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(
                    "overflowed duration " + text + ": choose a smaller duration or INF");
        }
    }

    private static long unitNanos(String unit) {
        return switch (unit) {
            case "u", "\u00B5" -> MICROSECOND;
            case "ms" -> MILLISECOND;
            case "s" -> SECOND;
            case "m" -> MINUTE;
            case "h" -> HOUR;
            case "d" -> DAY;
            case "w" -> WEEK;
            default -> throw new IllegalArgumentException("invalid duration");
        };
    }

    /** The text between the quotes of '...' with \' unescaped; other backslashes stay. */
    static String singleQuoted(String token) {
        return unescape(token.substring(1, token.length() - 1), '\'');
    }

    /** The raw text between ''' and '''. */
    static String tripleQuoted(String token) {
        return token.substring(3, token.length() - 3);
    }

    /** The name between the double quotes with \" unescaped. */
    static String reference(String token) {
        return unescape(token.substring(1, token.length() - 1), '"');
    }

    /** The pattern between the slashes with \/ unescaped. */
    static String regex(String token) {
        return unescape(token.substring(1, token.length() - 1), '/');
    }

    /** Drops the backslash of each \q, scanning left to right as Kapacitor does. */
    private static String unescape(String text, char quote) {
        if (text.indexOf('\\') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == quote) {
                c = quote;
                i++;
            }
            out.append(c);
        }
        return out.toString();
    }
}

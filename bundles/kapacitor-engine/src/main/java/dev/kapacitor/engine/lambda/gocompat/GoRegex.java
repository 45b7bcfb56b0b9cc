package dev.kapacitor.engine.lambda.gocompat;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Translates Go RE2 syntax (as of the Go releases Kapacitor 1.5 was built with) to
 * java.util.regex syntax, so that /.../ in a TICKscript means
 * what it means in Kapacitor. The differences handled: named groups (?P<name>...) (made
 * plain groups, names kept aside for $name in replacements), $ meaning end of text, \s
 * without \v, \v as a character, octal escapes, POSIX classes [[:alpha:]], script names
 * (\p{Greek}), a '{' that is no repetition being literal, '[' and '&' in classes being
 * literal, and rejecting what RE2 rejects but Java accepts (backreferences, lookaround,
 * atomic groups, possessive quantifiers).
 */
final class GoRegex {
    /** The Java pattern text and the capture group numbers of Go's named groups. */
    record Translation(String javaPattern, Map<String, Integer> groupNames) {
    }

    private static final Map<String, String> POSIX = Map.ofEntries(
            Map.entry("alnum", "\\p{Alnum}"), Map.entry("alpha", "\\p{Alpha}"), Map.entry("ascii", "\\p{ASCII}"),
            Map.entry("blank", "\\p{Blank}"), Map.entry("cntrl", "\\p{Cntrl}"), Map.entry("digit", "\\p{Digit}"),
            Map.entry("graph", "\\p{Graph}"), Map.entry("lower", "\\p{Lower}"), Map.entry("print", "\\p{Print}"),
            Map.entry("punct", "\\p{Punct}"), Map.entry("space", "\\p{Space}"), Map.entry("upper", "\\p{Upper}"),
            Map.entry("word", "\\w"), Map.entry("xdigit", "\\p{XDigit}"));
    private static final String GO_SPACE = "\\t\\n\\f\\r ";

    private final String src;
    private final StringBuilder out = new StringBuilder();
    private final Map<String, Integer> names = new LinkedHashMap<>();
    private final boolean multiline;
    private int groups;
    private int i;

    private GoRegex(String src) {
        this.src = src;
        this.multiline = src.matches("(?s).*\\(\\?[a-zA-Z]*m[a-zA-Z-]*[:)].*");
    }

    static Translation translate(String goPattern) {
        GoRegex t = new GoRegex(goPattern);
        t.run();
        return new Translation(t.out.toString(), Map.copyOf(t.names));
    }

    private void run() {
        while (i < src.length()) {
            char c = src.charAt(i++);
            switch (c) {
                case '\\' -> escape(false);
                case '[' -> charClass();
                case '(' -> group();
                case '$' -> out.append(multiline ? "$" : "\\z");
                case '{' -> brace();
                case '*', '+', '?' -> {
                    out.append(c);
                    quantifierSuffix(String.valueOf(c));
                }
                default -> out.append(c);
            }
        }
    }

    private void quantifierSuffix(String q) {
        if (i < src.length() && src.charAt(i) == '?') {
            out.append('?');
            i++;
        } else if (i < src.length() && (src.charAt(i) == '+' || src.charAt(i) == '*')) {
            throw error("invalid nested repetition operator: `" + q + src.charAt(i) + "`");
        }
    }

    private void brace() {
        int close = src.indexOf('}', i);
        String body = close < 0 ? "" : src.substring(i, close);
        if (close < 0 || !body.matches("\\d+(,\\d*)?")) {
            out.append("\\{");
            return;
        }
        for (String n : body.split(",")) {
            if (!n.isEmpty() && (n.length() > 4 || Integer.parseInt(n) > 1000)) {
                throw error("invalid repeat count: `{" + body + "}`");
            }
        }
        out.append('{').append(body).append('}');
        i = close + 1;
        quantifierSuffix("{" + body + "}");
    }

    private void group() {
        if (!src.startsWith("?", i)) {
            groups++;
            out.append('(');
            return;
        }
        String rest = src.substring(i + 1);
        if (rest.startsWith("P<")) {
            int start = i + 3;
            int end = src.indexOf('>', start);
            String name = end < 0 ? "" : src.substring(start, end);
            if (!name.matches("\\w+")) {
                throw error("invalid named capture: `" + src.substring(i - 1, end < 0 ? src.length() : end + 1) + "`");
            }
            if (names.putIfAbsent(name, ++groups) != null) {
                throw error("duplicate capture group name: `" + name + "`");
            }
            out.append('(');
            i = end + 1;
            return;
        }
        int end = i + 1;
        while (end < src.length() && (Character.isLetter(src.charAt(end)) || src.charAt(end) == '-')) {
            end++;
        }
        String flags = src.substring(i + 1, end);
        if (end >= src.length() || (src.charAt(end) != ')' && src.charAt(end) != ':') || !flags.matches("[imsU-]*")) {
            throw error("invalid or unsupported Perl syntax: `" + src.substring(i - 1, Math.min(end + 1, src.length())) + "`");
        }
        if (flags.contains("U")) {
            throw error("the ungreedy flag (?U) is not supported");
        }
        out.append("(?").append(flags).append(src.charAt(end));
        i = end + 1;
    }

    private void charClass() {
        out.append('[');
        if (i < src.length() && src.charAt(i) == '^') {
            out.append('^');
            i++;
        }
        boolean first = true;
        while (true) {
            if (i >= src.length()) {
                throw error("missing closing ]: `" + src.substring(src.lastIndexOf('[')) + "`");
            }
            char c = src.charAt(i++);
            if (c == ']' && !first) {
                out.append(']');
                return;
            }
            first = false;
            if (c == '\\') {
                escape(true);
            } else if (c == '[' && src.startsWith(":", i)) {
                posixClass();
            } else if (c == '[' || c == '&' || c == ']') {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
    }

    private void posixClass() {
        int end = src.indexOf(":]", i + 1);
        if (end < 0) {
            out.append("\\[");
            return;
        }
        String name = src.substring(i + 1, end);
        boolean negated = name.startsWith("^");
        String java = POSIX.get(negated ? name.substring(1) : name);
        if (java == null) {
            throw error("invalid character class range: `[:" + name + ":]`");
        }
        if (negated) {
            java = java.equals("\\w") ? "\\W" : "\\P" + java.substring(2);
        }
        out.append(java);
        i = end + 2;
    }

    private void escape(boolean inClass) {
        if (i >= src.length()) {
            throw error("trailing backslash at end of expression: ``");
        }
        char c = src.charAt(i++);
        switch (c) {
            case 'a' -> out.append("\\x07");
            case 'v' -> out.append("\\x0B");
            case 'f', 't', 'n', 'r', 'd', 'D', 'w', 'W', 'x' -> out.append('\\').append(c);
            case 's' -> out.append(inClass ? GO_SPACE : "[" + GO_SPACE + "]");
            case 'S' -> out.append("[^" + GO_SPACE + "]");
            case 'A', 'z', 'b', 'B' -> {
                if (inClass) {
                    throw error("invalid escape sequence: `\\" + c + "`");
                }
                out.append('\\').append(c);
            }
            case 'C' -> out.append("(?s:.)");
            case 'p', 'P' -> unicodeClass(c);
            case 'Q' -> quoted();
            case '0', '1', '2', '3', '4', '5', '6', '7' -> octal(c);
            default -> {
                if (Character.isLetterOrDigit(c)) {
                    throw error("invalid escape sequence: `\\" + c + "`");
                }
                out.append('\\').append(c);
            }
        }
    }

    private void octal(char first) {
        int start = i - 1;
        if (first != '0' && (i >= src.length() || src.charAt(i) < '0' || src.charAt(i) > '7')) {
            throw error("invalid escape sequence: `\\" + first + "`");
        }
        while (i < src.length() && i - start < 3 && src.charAt(i) >= '0' && src.charAt(i) <= '7') {
            i++;
        }
        out.append("\\x{").append(Integer.toHexString(Integer.parseInt(src.substring(start, i), 8))).append('}');
    }

    private void unicodeClass(char p) {
        String name;
        if (src.startsWith("{", i)) {
            int end = src.indexOf('}', i);
            if (end < 0) {
                throw error("invalid character class range: `\\" + p + src.substring(i) + "`");
            }
            name = src.substring(i + 1, end);
            i = end + 1;
        } else if (i < src.length()) {
            name = String.valueOf(src.charAt(i++));
        } else {
            throw error("invalid character class range: `\\" + p + "`");
        }
        if (name.startsWith("^")) {
            name = name.substring(1);
            p = p == 'p' ? 'P' : 'p';
        }
        String java = name.equals("Any") ? "all" : name.length() <= 2 ? name : "Is" + name;
        out.append('\\').append(p).append('{').append(java).append('}');
    }

    private void quoted() {
        int end = src.indexOf("\\E", i);
        String text = end < 0 ? src.substring(i) : src.substring(i, end);
        for (char ch : text.toCharArray()) {
            out.append(Character.isLetterOrDigit(ch) || ch == ' ' ? "" : "\\").append(ch);
        }
        i = end < 0 ? src.length() : end + 2;
    }

    private IllegalArgumentException error(String msg) {
        return new IllegalArgumentException("error parsing regexp: " + msg);
    }
}

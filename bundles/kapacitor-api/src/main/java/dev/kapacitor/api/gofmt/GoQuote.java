package dev.kapacitor.api.gofmt;

/** Go's strconv.Quote, for {@code %q} and the error messages that quote user input as Kapacitor does. */
public final class GoQuote {
    private GoQuote() {
    }

    /** strconv.Quote: printable runes kept, the rest escaped. */
    public static String quote(String s) {
        return quote(s, '"', false);
    }

    /** With quote character {@code q} ('"' or '\''); asciiOnly as strconv.QuoteToASCII. */
    public static String quote(String s, char q, boolean asciiOnly) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append(q);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            appendEscaped(sb, cp, q, asciiOnly);
        }
        return sb.append(q).toString();
    }

    private static void appendEscaped(StringBuilder sb, int cp, char q, boolean asciiOnly) {
        if (cp == q || cp == '\\') {
            sb.append('\\').appendCodePoint(cp);
            return;
        }
        if (cp >= 0xD800 && cp <= 0xDFFF) {
            cp = 0xFFFD; // a lone surrogate is not a rune: Go would have seen invalid UTF-8
        }
        if (asciiOnly ? cp < 0x7f && cp >= 0x20 : isPrint(cp)) {
            sb.appendCodePoint(cp);
            return;
        }
        switch (cp) {
            case 7 -> sb.append("\\a");
            case '\b' -> sb.append("\\b");
            case '\f' -> sb.append("\\f");
            case '\n' -> sb.append("\\n");
            case '\r' -> sb.append("\\r");
            case '\t' -> sb.append("\\t");
            case 0x0b -> sb.append("\\v");
            default -> {
                if (cp < ' ' || cp == 0x7f) {
                    sb.append("\\x").append(hex(cp, 2));
                } else if (cp < 0x10000) {
                    sb.append("\\u").append(hex(cp, 4));
                } else {
                    sb.append("\\U").append(hex(cp, 8));
                }
            }
        }
    }

    private static String hex(int v, int width) {
        String h = Integer.toHexString(v);
        return "0".repeat(Math.max(0, width - h.length())) + h;
    }

    /** Go's unicode.IsPrint: graphic characters and the ASCII space. */
    public static boolean isPrint(int cp) {
        if (cp == ' ') {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.UNASSIGNED, Character.SURROGATE,
                    Character.PRIVATE_USE, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }
}

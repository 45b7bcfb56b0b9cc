package dev.kapacitor.gotemplate.internal;

import dev.kapacitor.api.gofmt.GoQuote;

import java.nio.charset.StandardCharsets;

/** html/template's escaper for the text context, and text/template's html, js and urlquery. */
public final class Escapers {
    private Escapers() {
    }

    /** html/template in text context: also escapes {@code +}, as Go does. */
    public static void htmlTemplate(StringBuilder sb, CharSequence s) {
        html(sb, s, true);
    }

    /** text/template's {@code html} function (template.HTMLEscapeString). */
    static String html(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        html(sb, s, false);
        return sb.toString();
    }

    private static void html(StringBuilder sb, CharSequence s, boolean plus) {
        // unescaped characters go in runs: one copy instead of one append each
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            String escaped = htmlEscape(s.charAt(i), plus);
            if (escaped != null) {
                sb.append(s, run, i).append(escaped);
                run = i + 1;
            }
        }
        sb.append(s, run, s.length());
    }

    /** The escape of {@code c}, or null when it stays. */
    private static String htmlEscape(char c, boolean plus) {
        return switch (c) {
            case 0 -> "\uFFFD";
            case '"' -> "&#34;";
            case '\'' -> "&#39;";
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '+' -> plus ? "&#43;" : null;
            default -> null;
        };
    }

    /** template.JSEscapeString. */
    static String js(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '\\' -> sb.append("\\\\");
                case '\'' -> sb.append("\\'");
                case '"' -> sb.append("\\\"");
                case '<' -> sb.append("\\u003C");
                case '>' -> sb.append("\\u003E");
                case '&' -> sb.append("\\u0026");
                case '=' -> sb.append("\\u003D");
                default -> {
                    if (cp < ' ' || (cp >= 0x7f && !GoQuote.isPrint(cp))) {
                        String h = Integer.toHexString(cp).toUpperCase();
                        sb.append("\\u").append("0".repeat(Math.max(0, 4 - h.length()))).append(h);
                    } else {
                        sb.appendCodePoint(cp);
                    }
                }
            }
        }
        return sb.toString();
    }

    /** url.QueryEscape. */
    static String urlQuery(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_'
                    || c == '.' || c == '~') {
                sb.append((char) c);
            } else if (c == ' ') {
                sb.append('+');
            } else {
                sb.append('%').append("0123456789ABCDEF".charAt(c >> 4)).append("0123456789ABCDEF".charAt(c & 15));
            }
        }
        return sb.toString();
    }
}

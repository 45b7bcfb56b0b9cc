package dev.kapacitor.gotemplate.internal;

/**
 * What html/template does to a template's own text: a {@code <} that starts no tag becomes
 * {@code &lt;}, and HTML comments are dropped. Tags are followed across text nodes in document
 * order, so that a {@code <} inside a tag is left alone; actions are taken to be in text context.
 */
final class HtmlText {
    private boolean inTag;
    private boolean inComment;
    private char quote;

    String rewrite(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (inComment) {
                int end = s.indexOf("-->", i);
                inComment = end < 0;
                i = end < 0 ? s.length() : end + 3;
            } else if (inTag) {
                sb.append(c);
                if (quote != 0) {
                    quote = c == quote ? 0 : quote;
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '>') {
                    inTag = false;
                }
                i++;
            } else if (c != '<') {
                sb.append(c);
                i++;
            } else if (s.startsWith("<!--", i)) {
                inComment = true;
                i += 4;
            } else if (startsTag(s, i)) {
                inTag = true;
                sb.append(c);
                i++;
            } else {
                sb.append("&lt;");
                i++;
            }
        }
        return sb.toString();
    }

    /** {@code <name} or {@code </name}, the name starting with an ASCII letter. */
    private static boolean startsTag(String s, int i) {
        int j = i + 1;
        if (j < s.length() && s.charAt(j) == '/') {
            j++;
        }
        if (j >= s.length()) {
            return false;
        }
        char c = s.charAt(j);
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}

package dev.kapacitor.gotemplate.internal;

/**
 * What html/template does to a template's own text: a {@code <} that starts no tag (nor a
 * doctype) becomes {@code &lt;}, and HTML comments are dropped. Tags are followed across text nodes in document
 * order, so that a {@code <} inside a tag is left alone; actions are taken to be in text context.
 */
final class HtmlText {
    private boolean inTag;
    private boolean inComment;
    private char quote;

    /** An action here prints nothing: html/template drops comments. */
    boolean inComment() {
        return inComment;
    }

    /** Whether the template may end here (Go rejects one that ends inside a tag or comment). */
    boolean inText() {
        return !inTag && !inComment;
    }

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
            } else if (startsTag(s, i) || s.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
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

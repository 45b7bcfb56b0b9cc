package dev.kapacitor.engine.lambda.gocompat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A TICKscript regex, compiled once per task. Patterns that are a plain literal with
 * anchors (/^web/, /web.*&#47;, /^db1$/, /\.local$/) are matched with String methods, the
 * common case in where() filters; anything else goes through java.util.regex.
 */
public final class Rx {
    /** How {@link #find} decides: a literal test, or the full regex engine. */
    public enum Kind { PREFIX, SUFFIX, CONTAINS, EQUALS, GENERAL }

    private static final String META = "\\.+*?()|[]{}^$";

    private final String source;
    private final Pattern pattern;
    private final Map<String, Integer> groupNames;
    private final Kind kind;
    private final String literal;

    private Rx(String source, Pattern pattern, Map<String, Integer> groupNames, Kind kind, String literal) {
        this.source = source;
        this.pattern = pattern;
        this.groupNames = groupNames;
        this.kind = kind;
        this.literal = literal;
    }

    /** @throws IllegalArgumentException with Go's "error parsing regexp: ..." wording */
    public static Rx compile(String goPattern) {
        GoRegex.Translation t = GoRegex.translate(goPattern);
        Pattern p;
        try {
            p = Pattern.compile(t.javaPattern(), Pattern.UNIX_LINES | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("error parsing regexp: " + e.getDescription() + ": `" + goPattern + "`");
        }
        return literalForm(goPattern, p, t.groupNames());
    }

    private static Rx literalForm(String src, Pattern p, Map<String, Integer> names) {
        String s = src;
        boolean start = s.startsWith("^");
        if (start) {
            s = s.substring(1);
        } else if (s.startsWith(".*")) {
            s = s.substring(2);
        }
        boolean end = s.endsWith("$") && !s.endsWith("\\$");
        if (end) {
            s = s.substring(0, s.length() - 1);
        } else if (s.endsWith(".*") && !s.endsWith("\\.*")) {
            s = s.substring(0, s.length() - 2);
        }
        StringBuilder lit = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                if (++i == s.length() || Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) >= 0x80) {
                    return new Rx(src, p, names, Kind.GENERAL, null);
                }
                lit.append(s.charAt(i));
            } else if (META.indexOf(c) >= 0) {
                return new Rx(src, p, names, Kind.GENERAL, null);
            } else {
                lit.append(c);
            }
        }
        Kind k = start && end ? Kind.EQUALS : start ? Kind.PREFIX : end ? Kind.SUFFIX : Kind.CONTAINS;
        return new Rx(src, p, names, k, lit.toString());
    }

    public String source() {
        return source;
    }

    public Kind kind() {
        return kind;
    }

    /** The literal for the String-method kinds, else null. */
    public String literal() {
        return literal;
    }

    public Matcher newMatcher() {
        return pattern.matcher("");
    }

    /** regexp.MatchString: whether the pattern occurs anywhere in s. */
    public boolean find(String s) {
        switch (kind) {
            case PREFIX: return s.startsWith(literal);
            case SUFFIX: return s.endsWith(literal);
            case CONTAINS: return s.contains(literal);
            case EQUALS: return s.equals(literal);
            default: return pattern.matcher(s).find();
        }
    }

    /**
     * regexp.ReplaceAllString: $1, ${1}, $name and ${name} expand (unknown ones to nothing),
     * $$ is a dollar, and an empty match right after a previous match is skipped.
     */
    public String replaceAll(String src, String template) {
        Matcher m = pattern.matcher(src);
        StringBuilder out = new StringBuilder(src.length() + 16);
        int lastMatchEnd = 0;
        int searchPos = 0;
        while (searchPos <= src.length() && m.find(searchPos)) {
            int a = m.start();
            int b = m.end();
            out.append(src, lastMatchEnd, a);
            if (b > lastMatchEnd || a == 0) {
                expand(m, template, out);
            }
            lastMatchEnd = b;
            int width = searchPos < src.length() ? Character.charCount(src.codePointAt(searchPos)) : 0;
            if (searchPos + width > b) {
                searchPos += width;
            } else if (searchPos + 1 > b) {
                searchPos++;
            } else {
                searchPos = b;
            }
        }
        return out.append(src, lastMatchEnd, src.length()).toString();
    }

    private void expand(Matcher m, String t, StringBuilder out) {
        int i = 0;
        while (i < t.length()) {
            int d = t.indexOf('$', i);
            if (d < 0) {
                out.append(t, i, t.length());
                return;
            }
            out.append(t, i, d);
            if (d + 1 < t.length() && t.charAt(d + 1) == '$') {
                out.append('$');
                i = d + 2;
                continue;
            }
            boolean brace = d + 1 < t.length() && t.charAt(d + 1) == '{';
            int nameStart = d + (brace ? 2 : 1);
            int nameEnd = nameStart;
            while (nameEnd < t.length() && isNameChar(t.charAt(nameEnd))) {
                nameEnd++;
            }
            boolean ok = nameEnd > nameStart && (!brace || (nameEnd < t.length() && t.charAt(nameEnd) == '}'));
            if (!ok) {
                out.append('$');
                i = d + 1;
                continue;
            }
            appendGroup(m, t.substring(nameStart, nameEnd), out);
            i = brace ? nameEnd + 1 : nameEnd;
        }
    }

    private void appendGroup(Matcher m, String name, StringBuilder out) {
        int group = -1;
        if (name.chars().allMatch(c -> c >= '0' && c <= '9')) {
            group = name.length() > 8 ? -1 : Integer.parseInt(name);
        } else {
            group = groupNames.getOrDefault(name, -1);
        }
        if (group >= 0 && group <= m.groupCount() && m.start(group) >= 0) {
            out.append(m.group(group));
        }
    }

    private static boolean isNameChar(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }

    @Override
    public String toString() {
        return "/" + source + "/";
    }
}

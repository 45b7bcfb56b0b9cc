package dev.kapacitor.engine.nodes;

import dev.kapacitor.api.model.Tags;
import java.util.ArrayList;
import java.util.List;

/**
 * A sideload order path: text with Go template references to the point's tags,
 * {@code host/{{.host}}.json}. A missing tag renders {@code <no value>}, as Go's text/template
 * renders a missing map key. Only {@code {{.name}}} actions are supported.
 */
final class TagTemplate {
    private static final String NO_VALUE = "<no value>";

    /** Literal text at even indexes, tag names at odd ones. */
    private final String[] parts;

    private TagTemplate(String[] parts) {
        this.parts = parts;
    }

    /** @throws IllegalArgumentException for an action other than a tag reference */
    static TagTemplate parse(String text) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        int open;
        while ((open = text.indexOf("{{", from)) >= 0) {
            int close = text.indexOf("}}", open + 2);
            if (close < 0) {
                throw new IllegalArgumentException("template: order:1: unclosed action in " + text);
            }
            String action = text.substring(open + 2, close).trim();
            if (action.length() < 2 || action.charAt(0) != '.' || !isName(action.substring(1))) {
                throw new IllegalArgumentException("unsupported action {{" + action + "}} in order template " + text
                        + ": only tag references such as {{.host}} are supported");
            }
            parts.add(text.substring(from, open));
            parts.add(action.substring(1));
            from = close + 2;
        }
        parts.add(text.substring(from));
        return new TagTemplate(parts.toArray(new String[0]));
    }

    private static boolean isName(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_')) {
                return false;
            }
        }
        return true;
    }

    String render(Tags tags) {
        if (parts.length == 1) {
            return parts[0];
        }
        StringBuilder sb = new StringBuilder(32);
        for (int i = 0; i < parts.length; i++) {
            if ((i & 1) == 0) {
                sb.append(parts[i]);
            } else {
                String v = tags.get(parts[i]);
                sb.append(v == null ? NO_VALUE : v);
            }
        }
        return sb.toString();
    }
}

package dev.kapacitor.http;

import dev.kapacitor.api.task.DotView;

/** Query parameters shared by the task routes, checked with Kapacitor's messages. */
final class Params {
    private Params() {
    }

    /** True unless the client asks for script-format=raw; Kapacitor formats scripts by default. */
    static boolean formattedScript(Exchange ex) {
        String v = ex.param("script-format");
        if (!v.isEmpty() && !v.equals("formatted") && !v.equals("raw")) {
            throw new ApiException(400, "invalid script-format parameter " + quote(v));
        }
        return !v.equals("raw");
    }

    /** Kapacitor's dot-view: labels, or attributes (the default); {@link #checkDotView} refuses others. */
    static DotView dotView(Exchange ex) {
        return ex.param("dot-view").equals("labels") ? DotView.LABELS : DotView.ATTRIBUTES;
    }

    static void checkDotView(Exchange ex) {
        String v = ex.param("dot-view");
        if (!v.isEmpty() && !v.equals("attributes") && !v.equals("labels")) {
            throw new ApiException(400, "invalid dot-view parameter " + quote(v));
        }
    }

    /** An integer parameter, with Go's strconv.ParseInt wording when it is not one. */
    static long integer(Exchange ex, String name, long fallback) {
        String v = ex.param(name);
        if (v.isEmpty()) {
            return fallback;
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            String why = v.matches("[+-]?[0-9]+") ? "value out of range" : "invalid syntax";
            throw new ApiException(400, "invalid " + name + " parameter " + quote(v)
                    + " must be an integer: strconv.ParseInt: parsing " + quote(v) + ": " + why);
        }
    }

    /** Go's %q for the strings that reach error messages. */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        sb.append(String.format("\\x%02x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}

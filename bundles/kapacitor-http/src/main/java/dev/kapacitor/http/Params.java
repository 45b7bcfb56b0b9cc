package dev.kapacitor.http;

import dev.kapacitor.api.gofmt.GoQuote;
import dev.kapacitor.api.task.DotView;

/** Query parameters shared by the task routes, checked with Kapacitor's messages. */
final class Params {
    private Params() {
    }

    /** True unless the client asks for script-format=raw; Kapacitor formats scripts by default. */
    static boolean formattedScript(Exchange ex) {
        String v = ex.param("script-format");
        if (!v.isEmpty() && !v.equals("formatted") && !v.equals("raw")) {
            throw new ApiException(400, "invalid script-format parameter " + GoQuote.quote(v));
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
            throw new ApiException(400, "invalid dot-view parameter " + GoQuote.quote(v));
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
            throw new ApiException(400, "invalid " + name + " parameter " + GoQuote.quote(v)
                    + " must be an integer: strconv.ParseInt: parsing " + GoQuote.quote(v) + ": " + why);
        }
    }
}

package dev.kapacitor.http;

import java.util.HashMap;
import java.util.Map;

/**
 * Kapacitor's routing rule (its httpd ServeMux): per method, a pattern ending in '/' matches
 * every path below it, any other pattern only itself, and the longest match wins.
 */
final class Router {
    private final Map<String, Map<String, Handler>> byMethod = new HashMap<>();

    Router route(String method, String pattern, Handler handler) {
        byMethod.computeIfAbsent(method, m -> new HashMap<>()).put(pattern, handler);
        return this;
    }

    /** The handler for the request, or null when nothing matches (a 404). */
    Handler find(String method, String path) {
        Map<String, Handler> routes = byMethod.get(method);
        if (routes == null) {
            return null;
        }
        Handler exact = routes.get(path);
        if (exact != null) {
            return exact;
        }
        Handler best = null;
        int bestLength = -1;
        for (Map.Entry<String, Handler> e : routes.entrySet()) {
            String p = e.getKey();
            if (p.endsWith("/") && path.startsWith(p) && p.length() > bestLength) {
                best = e.getValue();
                bestLength = p.length();
            }
        }
        return best;
    }
}

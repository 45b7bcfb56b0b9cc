package dev.kapacitor.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The query parameters of a request, decoded as Go's url.ParseQuery (Go 1.10) does: pairs split
 * on '&' and ';', '+' is a space, pairs with a bad %-escape are dropped. Parsed by hand rather
 * than with getParameter(), which would read a form-encoded POST body (curl -d sends line
 * protocol as application/x-www-form-urlencoded).
 */
final class QueryString {
    private final Map<String, List<String>> values;

    private QueryString(Map<String, List<String>> values) {
        this.values = values;
    }

    static QueryString parse(String raw) {
        if (raw == null || raw.isEmpty()) {
            return new QueryString(Collections.emptyMap());
        }
        Map<String, List<String>> values = new HashMap<>();
        int start = 0;
        while (start <= raw.length()) {
            int end = start;
            while (end < raw.length() && raw.charAt(end) != '&' && raw.charAt(end) != ';') {
                end++;
            }
            addPair(values, raw.substring(start, end));
            start = end + 1;
        }
        return new QueryString(values);
    }

    private static void addPair(Map<String, List<String>> values, String pair) {
        if (pair.isEmpty()) {
            return;
        }
        int eq = pair.indexOf('=');
        String key = unescape(eq < 0 ? pair : pair.substring(0, eq));
        String value = eq < 0 ? "" : unescape(pair.substring(eq + 1));
        if (key != null && value != null) {
            values.computeIfAbsent(key, k -> new ArrayList<>(1)).add(value);
        }
    }

    /** The first value, or "" when absent (Go's Values.Get). */
    String get(String key) {
        List<String> v = values.get(key);
        return v == null ? "" : v.get(0);
    }

    List<String> all(String key) {
        return values.getOrDefault(key, Collections.emptyList());
    }

    /** Decodes %XX and '+'; null for a malformed escape. */
    static String unescape(String s) {
        if (s.indexOf('%') < 0 && s.indexOf('+') < 0) {
            return s;
        }
        byte[] in = s.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        for (int i = 0; i < in.length; i++) {
            byte c = in[i];
            if (c == '+') {
                out.write(' ');
            } else if (c == '%') {
                int hi = i + 2 < in.length ? Character.digit(in[i + 1], 16) : -1;
                int lo = hi < 0 ? -1 : Character.digit(in[i + 2], 16);
                if (lo < 0) {
                    return null;
                }
                out.write(hi << 4 | lo);
                i += 2;
            } else {
                out.write(c);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}

package dev.kapacitor.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kapacitor.http.json.GoJson;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A service test's options as Go's encoding/json handles Kapacitor's testOptions structs:
 * written in field order, and a request decoded over the defaults (named fields replaced,
 * unknown ones ignored, names matched exactly or else ignoring case).
 */
final class ServiceTestOptions {
    private ServiceTestOptions() {
    }

    /** A JSON tree keeping the maps' iteration order (Go struct order), unlike the sorting mapper. */
    static JsonNode tree(Object value) {
        if (value instanceof Map<?, ?> m) {
            ObjectNode o = GoJson.object();
            m.forEach((k, v) -> o.set(String.valueOf(k), tree(v)));
            return o;
        }
        if (value instanceof List<?> l) {
            return ServiceTestsResource.array(l);
        }
        return GoJson.mapper().valueToTree(value);
    }

    static Map<String, Object> decode(String service, Map<String, Object> defaults, byte[] body) {
        JsonNode n;
        try {
            n = GoJson.read(body);
        } catch (IOException e) {
            throw decodeError("invalid character in JSON body");
        }
        if (n == null || n.isMissingNode()) {
            throw decodeError("EOF");
        }
        Map<String, Object> options = new LinkedHashMap<>(defaults);
        if (n.isNull()) {
            return options;
        }
        if (!n.isObject()) {
            throw decodeError("json: cannot unmarshal " + kind(n) + " into Go value of type " + service
                    + ".testOptions");
        }
        n.fields().forEachRemaining(e -> {
            String key = field(defaults, e.getKey());
            if (key != null && !e.getValue().isNull()) {
                options.put(key, value(key, defaults.get(key), e.getValue()));
            }
        });
        return options;
    }

    private static String field(Map<String, Object> defaults, String name) {
        if (defaults.containsKey(name)) {
            return name;
        }
        for (String k : defaults.keySet()) {
            if (k.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        return null;
    }

    /** The JSON value, refused as Go refuses a value of the wrong type for a string or slice field. */
    private static Object value(String key, Object def, JsonNode v) {
        if (def instanceof String && !v.isTextual()) {
            throw decodeError("json: cannot unmarshal " + kind(v) + " into Go struct field testOptions." + key
                    + " of type string");
        }
        if (def instanceof List && !v.isArray()) {
            throw decodeError("json: cannot unmarshal " + kind(v) + " into Go struct field testOptions." + key
                    + " of type []string");
        }
        return GoJson.mapper().convertValue(v, Object.class);
    }

    private static String kind(JsonNode v) {
        if (v.isTextual()) {
            return "string";
        }
        if (v.isBoolean()) {
            return "bool";
        }
        return v.isNumber() ? "number" : v.isArray() ? "array" : "object";
    }

    /** Kapacitor writes fmt.Sprint("failed to decode JSON body:", err): no space between. */
    private static ApiException decodeError(String why) {
        return new ApiException(400, "failed to decode JSON body:" + why);
    }
}

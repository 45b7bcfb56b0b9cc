package dev.kapacitor.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.kapacitor.api.gofmt.GoQuote;
import dev.kapacitor.http.json.GoJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The body of POST /kapacitor/v1/config/section[/element], Kapacitor's update action:
 * {@code set}/{@code delete} options of one element, or {@code add}/{@code remove} whole elements
 * of a list section, decoded and checked with Kapacitor's error texts.
 */
final class ConfigUpdate {
    private static final Pattern VALID_NAME = Pattern.compile("^[-\\w+]+$");

    final Map<String, JsonNode> set;
    final List<String> delete;
    final Map<String, JsonNode> add;
    final List<String> remove;

    private ConfigUpdate(Map<String, JsonNode> set, List<String> delete, Map<String, JsonNode> add,
                         List<String> remove) {
        this.set = set;
        this.delete = delete;
        this.add = add;
        this.remove = remove;
    }

    /** Decodes as encoding/json does into Kapacitor's struct; fields it does not know are ignored. */
    static ConfigUpdate decode(byte[] body) {
        JsonNode json;
        try {
            json = GoJson.read(body);
        } catch (JsonProcessingException e) {
            throw decodeError(e.getOriginalMessage());
        } catch (IOException e) {
            throw decodeError(e.getMessage());
        }
        if (json == null || json.isMissingNode()) {
            throw decodeError("EOF");
        }
        if (!json.isObject()) {
            throw decodeError(unmarshalError(json, "config.updateAction"));
        }
        return new ConfigUpdate(map(json.get("set")), strings(json.get("delete")), map(json.get("add")),
                strings(json.get("remove")));
    }

    private static Map<String, JsonNode> map(JsonNode v) {
        Map<String, JsonNode> m = new LinkedHashMap<>();
        if (v == null || v.isNull()) {
            return m;
        }
        if (!v.isObject()) {
            throw decodeError(unmarshalError(v, "map[string]interface {}"));
        }
        v.fields().forEachRemaining(e -> m.put(e.getKey(), e.getValue()));
        return m;
    }

    private static List<String> strings(JsonNode v) {
        List<String> l = new ArrayList<>();
        if (v == null || v.isNull()) {
            return l;
        }
        if (!v.isArray()) {
            throw decodeError(unmarshalError(v, "[]string"));
        }
        for (JsonNode s : v) {
            if (!s.isTextual()) {
                throw decodeError(unmarshalError(s, "string"));
            }
            l.add(s.textValue());
        }
        return l;
    }

    private static String unmarshalError(JsonNode v, String goType) {
        String kind = v.isNumber() ? "number" : v.isTextual() ? "string" : v.isBoolean() ? "bool"
                : v.isArray() ? "array" : "object";
        return "json: cannot unmarshal " + kind + " into Go value of type " + goType;
    }

    private static ApiException decodeError(String why) {
        return new ApiException(400, "failed to decode JSON:" + why);
    }

    /** Kapacitor's updateAction.Validate, in its order. */
    void validate(String section, String element, boolean hasElement) {
        if (section.isEmpty()) {
            throw invalid("must provide section name");
        }
        if (!VALID_NAME.matcher(section).matches()) {
            throw invalid("invalid section name " + GoQuote.quote(section));
        }
        if (!element.isEmpty() && !VALID_NAME.matcher(element).matches()) {
            throw invalid("invalid element name " + GoQuote.quote(element));
        }
        boolean setOrDelete = !set.isEmpty() || !delete.isEmpty();
        if (setOrDelete && !(add.isEmpty() && remove.isEmpty())) {
            throw invalid("cannot provide both set/delete and add/remove actions in the same update");
        }
        if (!add.isEmpty() && !element.isEmpty()) {
            throw invalid("must not provide an element name when adding an a new override");
        }
        if (!remove.isEmpty() && !element.isEmpty()) {
            throw invalid("must not provide element when removing an override");
        }
        if (remove.isEmpty() && add.isEmpty() && !hasElement) {
            throw invalid("element not specified, are you missing a trailing '/'?");
        }
    }

    /** A new element's name must be a file name too: ConfigAdmin keeps it in etc/pid-name.cfg. */
    static void validateNewElement(String element) {
        if (!VALID_NAME.matcher(element).matches()) {
            throw invalid("invalid element name " + GoQuote.quote(element));
        }
    }

    private static ApiException invalid(String why) {
        return failed("invalid update action: " + why);
    }

    /** What Kapacitor says when an update cannot be turned into an override. */
    static ApiException failed(String why) {
        return new ApiException(400, "failed to apply update: " + why);
    }
}

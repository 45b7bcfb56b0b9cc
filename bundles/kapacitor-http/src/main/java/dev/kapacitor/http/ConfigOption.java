package dev.kapacitor.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.kapacitor.api.gofmt.GoQuote;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.osgi.service.metatype.AttributeDefinition;

/**
 * One option of a /kapacitor/v1/config section, typed by its metatype attribute: how a stored
 * value (a .cfg string, or what ConfigAdmin holds) shows as JSON, and how a JSON value from a
 * POST is checked and stored, with the errors Kapacitor's override package gives for the
 * Go field of that type. Values are stored as .cfg files hold them: text, lists as String[].
 */
final class ConfigOption {
    /** The Go kind Kapacitor's field would have, named as its errors name it. */
    enum Kind {
        BOOL("bool"), INT("int"), INT64("int64"), FLOAT("float64"), STRING("string");

        final String go;

        Kind(String go) {
            this.go = go;
        }
    }

    private final String name;
    private final Kind kind;
    private final boolean list;
    private final boolean secret;
    private final String[] defaults;

    ConfigOption(String name, Kind kind, boolean list, boolean secret, String... defaults) {
        this.name = name;
        this.kind = kind;
        this.list = list;
        this.secret = secret;
        this.defaults = defaults == null ? new String[0] : defaults;
    }

    static ConfigOption of(AttributeDefinition ad) {
        return new ConfigOption(ad.getID(), kind(ad.getType()), ad.getCardinality() != 0,
                ad.getType() == AttributeDefinition.PASSWORD, ad.getDefaultValue());
    }

    private static Kind kind(int type) {
        switch (type) {
            case AttributeDefinition.BOOLEAN:
                return Kind.BOOL;
            case AttributeDefinition.INTEGER:
            case AttributeDefinition.SHORT:
            case AttributeDefinition.BYTE:
                return Kind.INT;
            case AttributeDefinition.LONG:
                return Kind.INT64;
            case AttributeDefinition.DOUBLE:
            case AttributeDefinition.FLOAT:
                return Kind.FLOAT;
            default:
                return Kind.STRING;
        }
    }

    String name() {
        return name;
    }

    boolean secret() {
        return secret;
    }

    /** The value as Kapacitor shows it, a secret as whether it is set; null stored means the default. */
    JsonNode show(Object stored) {
        List<Object> values = values(stored == null ? defaults : stored);
        if (secret) {
            return BooleanNode.valueOf(values.stream().anyMatch(v -> !isZero(v)));
        }
        if (!list) {
            return values.isEmpty() ? scalar(defaults.length == 0 ? "" : defaults[0]) : scalar(values.get(0));
        }
        if (values.isEmpty()) {
            return NullNode.instance; // Go's nil slice, what Kapacitor shows for an unset list
        }
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        values.forEach(v -> a.add(scalar(v)));
        return a;
    }

    /** The text the option shows as (element names); "" when it is not a string. */
    String text(Object stored) {
        JsonNode v = show(stored);
        return v.isTextual() ? v.textValue() : "";
    }

    /** A POSTed value in stored form, or Kapacitor's "cannot set option" error. */
    Object store(JsonNode value) {
        try {
            if (!list) {
                return storeScalar(value);
            }
            if (!value.isArray()) {
                throw wrongKind(value, "slice");
            }
            String[] stored = new String[value.size()];
            for (int i = 0; i < stored.length; i++) {
                stored[i] = storeElement(value.get(i));
            }
            return stored;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot set option " + name + ": " + e.getMessage(), e);
        }
    }

    private String storeElement(JsonNode value) {
        try {
            return storeScalar(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("failed to copy slice value: " + e.getMessage(), e);
        }
    }

    private String storeScalar(JsonNode v) {
        if (kind != Kind.BOOL && kind != Kind.STRING) {
            return storeNumber(v);
        }
        if (kind == Kind.BOOL ? !v.isBoolean() : !v.isTextual()) {
            throw wrongKind(v, kind.go);
        }
        return v.asText();
    }

    /** Go converts numbers (an int field truncates) and parses strings, nothing else. */
    private String storeNumber(JsonNode v) {
        if (v.isNumber()) {
            return kind == Kind.FLOAT ? String.valueOf(v.doubleValue()) : String.valueOf((long) v.doubleValue());
        }
        if (!v.isTextual()) {
            throw new IllegalArgumentException("cannot convert " + goKind(v) + " into " + kind.go);
        }
        String s = v.textValue();
        try {
            return kind == Kind.FLOAT ? String.valueOf(Double.parseDouble(s)) : String.valueOf(Long.parseLong(s));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("cannot convert string " + GoQuote.quote(s) + " into " + kind.go);
        }
    }

    private static IllegalArgumentException wrongKind(JsonNode v, String expected) {
        return new IllegalArgumentException("wrong kind " + goKind(v) + ", expected value of kind " + expected
                + ": false");
    }

    /** The reflect.Kind of what encoding/json decodes this value into. */
    static String goKind(JsonNode v) {
        return switch (v.getNodeType()) {
            case STRING -> "string";
            case NUMBER -> "float64";
            case BOOLEAN -> "bool";
            case ARRAY -> "slice";
            case OBJECT -> "map";
            default -> "invalid";
        };
    }

    /** ConfigAdmin may hold a scalar, an array or a collection; DS reads a scalar as a list of one. */
    private static List<Object> values(Object stored) {
        List<Object> out = new ArrayList<>();
        if (stored instanceof Collection<?> c) {
            out.addAll(c);
        } else if (stored.getClass().isArray()) {
            for (int i = 0; i < Array.getLength(stored); i++) {
                out.add(Array.get(stored, i));
            }
        } else if (!"".equals(stored)) {
            out.add(stored);
        }
        return out;
    }

    /** From the value's text: a .cfg file holds text, and Boolean or Number values print as they parse. */
    private JsonNode scalar(Object v) {
        String s = String.valueOf(v).trim();
        try {
            return switch (kind) {
                case BOOL -> BooleanNode.valueOf(Boolean.parseBoolean(s));
                case INT, INT64 -> LongNode.valueOf(s.isEmpty() ? 0 : Long.parseLong(s));
                case FLOAT -> DoubleNode.valueOf(s.isEmpty() ? 0 : Double.parseDouble(s));
                case STRING -> TextNode.valueOf(String.valueOf(v));
            };
        } catch (NumberFormatException e) {
            return TextNode.valueOf(String.valueOf(v)); // a hand-edited value the component refuses: show it as is
        }
    }

    private static boolean isZero(Object v) {
        String s = String.valueOf(v);
        return s.isEmpty() || "false".equals(s) || "0".equals(s);
    }
}

package dev.kapacitor.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** RFC 6902 JSON Patch: add, remove, replace, move, copy and test over a copy of a document. */
final class JsonPatch {
    private JsonPatch() {
    }

    /** @throws IllegalArgumentException a malformed patch or one that does not apply */
    static JsonNode apply(JsonNode patch, JsonNode document) {
        if (!patch.isArray()) {
            throw new IllegalArgumentException("a patch is an array of operations");
        }
        JsonNode doc = document.deepCopy();
        for (JsonNode op : patch) {
            doc = operation(op, doc);
        }
        return doc;
    }

    private static JsonNode operation(JsonNode op, JsonNode doc) {
        String path = field(op, "path");
        return switch (field(op, "op")) {
            case "add" -> add(doc, path, value(op));
            case "remove" -> remove(doc, path);
            case "replace" -> add(remove(doc, path), path, value(op));
            case "move" -> {
                String from = field(op, "from");
                JsonNode v = get(doc, from);
                yield add(remove(doc, from), path, v);
            }
            case "copy" -> add(doc, path, get(doc, field(op, "from")).deepCopy());
            case "test" -> {
                if (!get(doc, path).equals(value(op))) {
                    throw new IllegalArgumentException("testing value " + path + " failed");
                }
                yield doc;
            }
            default -> throw new IllegalArgumentException("unexpected operation " + op.get("op"));
        };
    }

    private static String field(JsonNode op, String name) {
        JsonNode v = op.get(name);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException("operation " + op + " has no " + name);
        }
        return v.asText();
    }

    private static JsonNode value(JsonNode op) {
        JsonNode v = op.get("value");
        if (v == null) {
            throw new IllegalArgumentException("operation " + op + " has no value");
        }
        return v;
    }

    private static String[] tokens(String path) {
        if (!path.isEmpty() && !path.startsWith("/")) {
            throw new IllegalArgumentException("invalid path " + path);
        }
        String[] t = path.isEmpty() ? new String[0] : path.substring(1).split("/", -1);
        for (int i = 0; i < t.length; i++) {
            t[i] = t[i].replace("~1", "/").replace("~0", "~");
        }
        return t;
    }

    private static JsonNode get(JsonNode doc, String path) {
        JsonNode n = doc;
        for (String t : tokens(path)) {
            n = child(n, t);
            if (n == null) {
                throw new IllegalArgumentException("missing value " + path);
            }
        }
        return n;
    }

    private static JsonNode child(JsonNode n, String token) {
        if (n.isObject()) {
            return n.get(token);
        }
        if (n.isArray()) {
            int i = index(token, n.size() - 1);
            return n.get(i);
        }
        return null;
    }

    private static int index(String token, int max) {
        try {
            int i = Integer.parseInt(token);
            if (i < 0 || i > max) {
                throw new IllegalArgumentException("index " + token + " out of bounds");
            }
            return i;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("invalid array index " + token);
        }
    }

    /** The container of the path's last token, and that token. */
    private static JsonNode parent(JsonNode doc, String[] t, String path) {
        JsonNode n = doc;
        for (int i = 0; i < t.length - 1; i++) {
            n = child(n, t[i]);
            if (n == null) {
                throw new IllegalArgumentException("missing value " + path);
            }
        }
        return n;
    }

    private static JsonNode add(JsonNode doc, String path, JsonNode value) {
        String[] t = tokens(path);
        if (t.length == 0) {
            return value;
        }
        JsonNode p = parent(doc, t, path);
        String last = t[t.length - 1];
        if (p instanceof ObjectNode o) {
            o.set(last, value);
        } else if (p instanceof ArrayNode a) {
            if (last.equals("-")) {
                a.add(value);
            } else {
                a.insert(index(last, a.size()), value);
            }
        } else {
            throw new IllegalArgumentException("missing value " + path);
        }
        return doc;
    }

    private static JsonNode remove(JsonNode doc, String path) {
        String[] t = tokens(path);
        if (t.length == 0) {
            throw new IllegalArgumentException("cannot remove the whole document");
        }
        JsonNode p = parent(doc, t, path);
        String last = t[t.length - 1];
        if (p instanceof ObjectNode o && o.has(last)) {
            o.remove(last);
        } else if (p instanceof ArrayNode a) {
            a.remove(index(last, a.size() - 1));
        } else {
            throw new IllegalArgumentException("unable to remove nonexistent key: " + last);
        }
        return doc;
    }
}

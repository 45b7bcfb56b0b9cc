package dev.kapacitor.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kapacitor.api.gofmt.GoQuote;
import dev.kapacitor.http.json.GoJson;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.function.Supplier;
import org.osgi.service.metatype.MetaTypeService;

/**
 * /kapacitor/v1/config: the sections the installed integrations declared, read from and
 * written to ConfigAdmin (so etc/*.cfg and the components follow), with Kapacitor's JSON
 * (json.Encoder's, compact and newline ended), paths, links, status codes and errors.
 */
final class ConfigResource {
    static final String PATH = "/kapacitor/v1/config";
    private static final String ANCHORED = PATH + "/";

    private final NavigableMap<String, DeclaredSection> sections;
    private final Supplier<MetaTypeService> metatype;
    private final Supplier<ConfigElements> store;

    ConfigResource(NavigableMap<String, DeclaredSection> sections, Supplier<MetaTypeService> metatype,
                   Supplier<ConfigElements> store) {
        this.sections = sections;
        this.metatype = metatype;
        this.store = store;
    }

    /** Kapacitor's element link: a single element, or one named "", ends in '/'. */
    static String elementHref(String section, String element) {
        return ANCHORED + section + "/" + element;
    }

    /** Which section and element a path names, as Kapacitor splits it. */
    record Target(String section, String element, boolean hasSection, boolean hasElement) {
        static Target of(String path) {
            if (!path.startsWith(ANCHORED)) {
                return new Target("", "", false, false);
            }
            String[] parts = path.substring(ANCHORED.length()).split("/", -1);
            String section = parts.length <= 2 ? parts[0] : "";
            String element = parts.length == 2 ? parts[1] : "";
            return new Target(section, element, true, !element.isEmpty() || !section.isEmpty() && path.endsWith("/"));
        }
    }

    void get(Exchange ex) throws IOException {
        Target t = Target.of(ex.path());
        if (!t.hasSection()) {
            ex.encoded(200, all());
            return;
        }
        if (t.section().isEmpty()) {
            throw new ApiException(400, "section not specified, do you have an extra trailing '/'?");
        }
        ConfigSchema schema = schema(t.section());
        ConfigElements elements = store.get();
        if (schema == null || elements.list(schema).isEmpty()) {
            throw new ApiException(404, "unknown section: " + t.section());
        }
        if (!t.hasElement()) {
            ex.encoded(200, section(schema, elements));
            return;
        }
        ConfigElements.Stored e = elements.find(schema, t.element());
        if (e == null) {
            throw new ApiException(404, "unknown section/element: " + t.section() + "/" + t.element());
        }
        ex.encoded(200, schema.element(e.options()));
    }

    private ObjectNode all() {
        ObjectNode o = GoJson.object();
        o.set("link", TopicJson.link("self", PATH));
        ObjectNode all = o.putObject("sections");
        ConfigElements elements = store.get();
        for (DeclaredSection d : sections.values()) {
            ConfigSchema schema = ConfigSchema.read(d, metatypeService());
            // as Kapacitor, a list section without elements is not shown
            if (schema != null && !elements.list(schema).isEmpty()) {
                all.set(d.name(), section(schema, elements));
            }
        }
        return o;
    }

    private static ObjectNode section(ConfigSchema schema, ConfigElements elements) {
        ObjectNode o = GoJson.object();
        o.set("link", TopicJson.link("self", PATH + "/" + schema.section().name()));
        ArrayNode array = o.putArray("elements");
        for (ConfigElements.Stored e : elements.list(schema)) {
            array.add(schema.element(e.options()));
        }
        return o;
    }

    void post(Exchange ex) throws IOException {
        Target t = Target.of(ex.path());
        ConfigUpdate u = ConfigUpdate.decode(ex.body());
        u.validate(t.section(), t.element(), t.hasElement());
        ConfigSchema schema = schema(t.section());
        ConfigElements elements = store.get();
        if (!u.add.isEmpty()) {
            add(elements, addable(schema, t.section()), u.add);
        } else if (schema == null) {
            throw overrideError(t.section(), t.element(), unknownSection(t.section(), u.set));
        } else if (!u.remove.isEmpty()) {
            elements.remove(schema, u.remove);
        } else {
            change(elements, schema, t.element(), u);
        }
        ex.noContent();
    }

    private static ConfigSchema addable(ConfigSchema schema, String section) {
        if (schema == null) {
            throw ConfigUpdate.failed("unknown section " + GoQuote.quote(section));
        }
        if (!schema.section().isList()) {
            throw ConfigUpdate.failed("section " + GoQuote.quote(section) + " is not a list, cannot add new element");
        }
        return schema;
    }

    private static void add(ConfigElements elements, ConfigSchema schema, Map<String, JsonNode> add) {
        String section = schema.section().name();
        String key = schema.section().elementKey();
        JsonNode name = add.get(key);
        if (name == null) {
            throw ConfigUpdate.failed("missing key " + GoQuote.quote(key) + " in \"add\" map");
        }
        if (!name.isTextual()) {
            throw ConfigUpdate.failed("expected " + GoQuote.quote(key) + " key to be a string, got " + goType(name));
        }
        ConfigUpdate.validateNewElement(name.textValue());
        if (elements.find(schema, name.textValue()) != null) {
            throw ConfigUpdate.failed("cannot add new override, override already exists for "
                    + section + "/" + name.textValue());
        }
        elements.create(schema, name.textValue(), overrides(schema, "", add, true));
    }

    private static void change(ConfigElements elements, ConfigSchema schema, String element, ConfigUpdate u) {
        ConfigElements.Stored target = elements.find(schema, element);
        if (target == null) {
            if (!u.set.isEmpty()) {
                throw overrideError(schema.section().name(), element, unknownSection(schema.section().name(), u.set));
            }
            return; // Kapacitor stores an override that applies to nothing
        }
        elements.update(schema, target, overrides(schema, element, u.set, false), u.delete);
    }

    /** The values in stored form, checked in option order as Kapacitor's walk over the fields. */
    private static Map<String, Object> overrides(ConfigSchema schema, String element, Map<String, JsonNode> set,
                                                 boolean create) {
        String section = schema.section().name();
        Map<String, Object> stored = new LinkedHashMap<>();
        for (ConfigOption o : schema.options()) {
            JsonNode v = set.get(o.name());
            if (v == null) {
                continue;
            }
            if (!create && o.name().equals(schema.section().elementKey())) {
                throw overrideError(section, element, "cannot override element key " + o.name());
            }
            try {
                stored.put(o.name(), o.store(v));
            } catch (IllegalArgumentException e) {
                throw overrideError(section, element, e.getMessage());
            }
        }
        if (stored.size() < set.size()) {
            throw overrideError(section, element, unknownOptions(section, set.keySet().stream()
                    .filter(k -> !stored.containsKey(k)).sorted().toList()));
        }
        return stored;
    }

    private static String unknownSection(String section, Map<String, JsonNode> set) {
        return set.isEmpty() ? "unknown section " + section
                : unknownOptions(section, set.keySet().stream().sorted().toList());
    }

    private static String unknownOptions(String section, List<String> names) {
        return "unknown options [" + String.join(" ", names) + "] in section " + section;
    }

    private static ApiException overrideError(String section, String element, String why) {
        return new ApiException(400, "failed to override configuration " + section + "/" + element + ": " + why);
    }

    /** Go's %T of what encoding/json decoded. */
    private static String goType(JsonNode v) {
        return v.isArray() ? "[]interface {}" : v.isObject() ? "map[string]interface {}"
                : v.isNull() ? "<nil>" : ConfigOption.goKind(v);
    }

    private ConfigSchema schema(String name) {
        DeclaredSection d = sections.get(name);
        return d == null ? null : ConfigSchema.read(d, metatypeService());
    }

    private MetaTypeService metatypeService() {
        MetaTypeService m = metatype.get();
        if (m == null) {
            throw new ApiException(503, "config service unavailable: no MetaTypeService");
        }
        return m;
    }
}

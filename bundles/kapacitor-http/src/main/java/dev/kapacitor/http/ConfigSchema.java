package dev.kapacitor.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kapacitor.http.json.GoJson;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeInformation;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;

/** A declared section with its options, as its bundle's metatype describes them. */
record ConfigSchema(DeclaredSection section, List<ConfigOption> options) {
    /** The schema, or null when the bundle is gone or describes no such PID. */
    static ConfigSchema read(DeclaredSection section, MetaTypeService metatype) {
        MetaTypeInformation info = metatype.getMetaTypeInformation(section.bundle());
        ObjectClassDefinition ocd = info == null ? null : ocd(info, section.pid());
        AttributeDefinition[] ads = ocd == null ? null : ocd.getAttributeDefinitions(ObjectClassDefinition.ALL);
        if (ads == null) {
            return null;
        }
        List<ConfigOption> options = new ArrayList<>();
        for (AttributeDefinition ad : ads) {
            options.add(ConfigOption.of(ad));
        }
        return new ConfigSchema(section, options);
    }

    private static ObjectClassDefinition ocd(MetaTypeInformation info, String pid) {
        try {
            return info.getObjectClassDefinition(pid, null);
        } catch (IllegalArgumentException notDescribed) {
            return null;
        }
    }

    ConfigOption option(String name) {
        for (ConfigOption o : options) {
            if (o.name().equals(name)) {
                return o;
            }
        }
        return null;
    }

    /** The element's name: the value of the section's element key, "" for a single element. */
    String elementName(Map<String, Object> stored) {
        ConfigOption key = option(section.elementKey());
        return key == null ? "" : key.text(stored.get(key.name()));
    }

    /**
     * Kapacitor's ConfigElement: options sorted by name as a Go map, secrets as whether they are
     * set and listed in "redacted" (null when there are none, Go's nil slice).
     */
    ObjectNode element(Map<String, Object> stored) {
        ObjectNode e = GoJson.object();
        e.set("link", TopicJson.link("self", ConfigResource.elementHref(section.name(), elementName(stored))));
        ObjectNode values = e.putObject("options");
        ArrayNode redacted = null;
        List<ConfigOption> sorted = new ArrayList<>(options);
        sorted.sort(Comparator.comparing(ConfigOption::name));
        for (ConfigOption o : sorted) {
            values.set(o.name(), o.show(stored.get(o.name())));
        }
        for (ConfigOption o : options) {
            if (o.secret()) {
                if (redacted == null) {
                    redacted = GoJson.mapper().createArrayNode();
                }
                redacted.add(o.name());
            }
        }
        e.set("redacted", redacted);
        return e;
    }
}

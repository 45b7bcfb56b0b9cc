package dev.kapacitor.http;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * The elements of the config sections where they live, in ConfigAdmin: a single element is the
 * configuration of the section's PID, list elements are the factory configurations of its
 * factory PID. Writes go through ConfigAdmin, so Karaf saves them to etc/*.cfg and the
 * integration's components pick them up live. Locations are "?": the integration's bundle, not
 * this one, must receive them.
 */
final class ConfigElements {
    private static final String ANY_BUNDLE = "?";

    /** One element: its configuration (null for a single element not configured yet) and its values. */
    record Stored(Configuration config, Map<String, Object> options, String name) {
    }

    private final ConfigurationAdmin cm;

    ConfigElements(ConfigurationAdmin cm) {
        this.cm = cm;
    }

    /** Sorted by name, as Kapacitor sorts a section's elements. */
    List<Stored> list(ConfigSchema schema) {
        DeclaredSection s = schema.section();
        String key = s.isList() ? ConfigurationAdmin.SERVICE_FACTORYPID : Constants.SERVICE_PID;
        Configuration[] found;
        try {
            found = cm.listConfigurations("(" + key + "=" + s.pid() + ")");
        } catch (IOException | InvalidSyntaxException e) {
            throw new ApiException(500, "failed to resolve current config:" + e.getMessage());
        }
        List<Stored> out = new ArrayList<>();
        for (Configuration c : found == null ? new Configuration[0] : found) {
            Map<String, Object> options = options(c.getProperties());
            out.add(new Stored(c, options, schema.elementName(options)));
        }
        if (out.isEmpty() && !s.isList()) {
            out.add(new Stored(null, Map.of(), "")); // not configured: the metatype's defaults
        }
        out.sort(Comparator.comparing(Stored::name));
        return out;
    }

    /** The element of that name, or null. */
    Stored find(ConfigSchema schema, String element) {
        for (Stored e : list(schema)) {
            if (e.name().equals(element)) {
                return e;
            }
        }
        return null;
    }

    /** Sets and deletes options; a deleted option is back to its default. */
    void update(ConfigSchema schema, Stored target, Map<String, Object> set, List<String> delete) {
        try {
            Configuration c = target.config() != null ? target.config()
                    : cm.getConfiguration(schema.section().pid(), ANY_BUNDLE);
            Dictionary<String, Object> props = c.getProperties() == null ? new Hashtable<>() : c.getProperties();
            set.forEach(props::put);
            delete.forEach(props::remove);
            c.update(props);
        } catch (IOException e) {
            throw updateFailed(schema, target.name(), e);
        }
    }

    /** A new list element, in its own factory configuration named after it when the name is free. */
    void create(ConfigSchema schema, String name, Map<String, Object> options) {
        String pid = schema.section().pid();
        try {
            Configuration c = cm.getFactoryConfiguration(pid, name, ANY_BUNDLE);
            if (c.getProperties() != null) {
                c = cm.createFactoryConfiguration(pid, ANY_BUNDLE);
            }
            c.update(new Hashtable<>(options));
        } catch (IOException e) {
            throw updateFailed(schema, name, e);
        }
    }

    /** Deletes the named list elements; names of no element are ignored, as Kapacitor does. */
    void remove(ConfigSchema schema, List<String> names) {
        if (!schema.section().isList()) {
            return;
        }
        for (Stored e : list(schema)) {
            if (names.contains(e.name())) {
                try {
                    e.config().delete();
                } catch (IOException ex) {
                    throw updateFailed(schema, e.name(), ex);
                }
            }
        }
    }

    private static ApiException updateFailed(ConfigSchema schema, String element, IOException e) {
        return new ApiException(500, "failed to update configuration " + schema.section().name() + "/" + element
                + ": " + e.getMessage());
    }

    private static Map<String, Object> options(Dictionary<String, Object> props) {
        if (props == null) {
            return Map.of();
        }
        Map<String, Object> m = new HashMap<>();
        for (Enumeration<String> keys = props.keys(); keys.hasMoreElements(); ) {
            String k = keys.nextElement();
            m.put(k, props.get(k));
        }
        return Collections.unmodifiableMap(m);
    }
}

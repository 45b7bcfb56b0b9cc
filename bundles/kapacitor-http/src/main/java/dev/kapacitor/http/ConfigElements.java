package dev.kapacitor.http;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.karaf.config.core.ConfigRepository;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * The elements of the config sections where they live, in ConfigAdmin: a single element is the
 * configuration of the section's PID, list elements are the factory configurations of its
 * factory PID. Writes go through Karaf's ConfigRepository, which writes etc/*.cfg (a new list
 * element is etc/factoryPid-name.cfg) and updates ConfigAdmin, so the integration's components
 * pick them up live and the change survives a restart where an operator expects it.
 */
final class ConfigElements {
    /** What ConfigAdmin and Karaf add to a configuration; never written back as options. */
    private static final List<String> BOOKKEEPING = List.of(Constants.SERVICE_PID,
            ConfigurationAdmin.SERVICE_FACTORYPID, "felix.fileinstall.filename");

    /** One element: its configuration (null for a single element not configured yet) and its values. */
    record Stored(Configuration config, Map<String, Object> options, String name) {
    }

    private final ConfigRepository repository;

    ConfigElements(ConfigRepository repository) {
        this.repository = repository;
    }

    /** Sorted by name, as Kapacitor sorts a section's elements. */
    List<Stored> list(ConfigSchema schema) {
        DeclaredSection s = schema.section();
        String key = s.isList() ? ConfigurationAdmin.SERVICE_FACTORYPID : Constants.SERVICE_PID;
        Configuration[] found;
        try {
            found = repository.getConfigAdmin().listConfigurations("(" + key + "=" + s.pid() + ")");
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
        Map<String, Object> options = new HashMap<>(target.options());
        BOOKKEEPING.forEach(options::remove);
        options.putAll(set);
        delete.forEach(options::remove);
        try {
            repository.update(target.config() == null ? schema.section().pid() : target.config().getPid(), options);
        } catch (IOException e) {
            throw updateFailed(schema, target.name(), e);
        }
    }

    /** A new list element, saved as etc/factoryPid-name.cfg. */
    void create(ConfigSchema schema, String name, Map<String, Object> options) {
        try {
            repository.createFactoryConfiguration(schema.section().pid(), name, options);
        } catch (IOException e) {
            throw updateFailed(schema, name, e);
        }
    }

    /** Deletes the named list elements and their files; names of no element are ignored. */
    void remove(ConfigSchema schema, List<String> names) {
        if (!schema.section().isList()) {
            return;
        }
        for (Stored e : list(schema)) {
            if (names.contains(e.name())) {
                try {
                    repository.delete(e.config().getPid());
                } catch (Exception ex) {
                    throw updateFailed(schema, e.name(), ex);
                }
            }
        }
    }

    private static ApiException updateFailed(ConfigSchema schema, String element, Exception e) {
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

package dev.kapacitor.http;

import dev.kapacitor.api.config.ConfigSection;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

/**
 * A section of /kapacitor/v1/config as an installed bundle declared it (a {@link ConfigSection}
 * service): its name, its PID, its element key ("" for a single element) and the bundle whose
 * metatype describes its options.
 */
record DeclaredSection(String name, String pid, String elementKey, Bundle bundle) {
    static DeclaredSection of(ServiceReference<?> ref) {
        return new DeclaredSection(property(ref, ConfigSection.SECTION), property(ref, ConfigSection.PID),
                property(ref, ConfigSection.ELEMENT_KEY), ref.getBundle());
    }

    private static String property(ServiceReference<?> ref, String key) {
        Object v = ref.getProperty(key);
        return v == null ? "" : v.toString();
    }

    /** Kapacitor's [[slack]]: elements are added and removed, each named by its element key. */
    boolean isList() {
        return !elementKey.isEmpty();
    }
}

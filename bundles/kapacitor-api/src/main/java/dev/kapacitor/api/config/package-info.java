/**
 * What makes a ConfigAdmin configuration a section of Kapacitor's {@code /kapacitor/v1/config}
 * API: a {@link dev.kapacitor.api.config.ConfigSection} service naming the section, its PID and,
 * for a list of elements, its element key. The options themselves are the PID's metatype.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package dev.kapacitor.api.config;

package dev.kapacitor.api.config;

/**
 * Declares a section of Kapacitor's {@code /kapacitor/v1/config} API. Register any service of
 * this type with the properties below (an integration adds it to the services of its handler
 * factory); the section lives as long as the service. Option names, types and defaults come
 * from the PID's metatype in the registering bundle, secrets are its
 * {@code AttributeType.PASSWORD} attributes: they show only as set or not.
 */
public interface ConfigSection {
    /** Service property: Kapacitor's name of the section ({@code slack}, {@code httppost}, {@code smtp}). */
    String SECTION = "kapacitor.config.section";

    /** Service property: the configuration PID; a factory PID when {@link #ELEMENT_KEY} is set. */
    String PID = "kapacitor.config.pid";

    /**
     * Service property of list sections (Kapacitor's {@code [[slack]]}): the option that names
     * each element ({@code workspace}, {@code endpoint}). Absent: one element, Kapacitor's {@code [smtp]}.
     */
    String ELEMENT_KEY = "kapacitor.config.element-key";
}

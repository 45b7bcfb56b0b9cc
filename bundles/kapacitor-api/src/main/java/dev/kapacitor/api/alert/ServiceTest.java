package dev.kapacitor.api.alert;

import java.util.Map;

/**
 * An integration's test message, what {@code /kapacitor/v1/service-tests/<name>} lists and sends.
 * An alert integration may register one (a Declarative Services component) beside its
 * {@link AlertHandlerFactory}; the HTTP API finds it by {@link #name()}.
 *
 * <p>Options are JSON values: String, Boolean, Number, List and Map. They are written in the
 * maps' iteration order, so a {@link java.util.LinkedHashMap} in the field order of Kapacitor's
 * Go struct gives Kapacitor's JSON byte for byte.
 */
public interface ServiceTest {
    /** The name as Kapacitor's service-tests list it: {@code slack}, {@code pagerduty}, {@code smtp}, ... */
    String name();

    /**
     * A fresh copy of the default options, as the configuration stands now. A test request's
     * JSON object replaces the values of the keys it names; keys not listed here are ignored, as
     * Go's decoding into a struct ignores them.
     */
    Map<String, Object> options();

    /**
     * Sends a test message through the same code path as the integration's alerts.
     *
     * @throws Exception why it failed; its message is the test's answer, as Kapacitor's error
     */
    void test(Map<String, Object> options) throws Exception;

    /** A String option, or "" when absent or null. */
    static String string(Map<String, Object> options, String key) {
        Object v = options.get(key);
        return v == null ? "" : v.toString();
    }
}

package dev.kapacitor.alert.pagerduty;

import java.net.URI;

/** The configured endpoint of one PagerDuty API, replaced as a whole when the configuration changes. */
record PagerDutyTarget(boolean enabled, String key, URI url, String clientUrl, boolean global) {
    static final PagerDutyTarget DISABLED = new PagerDutyTarget(false, "", null, "", false);

    /** @param global Kapacitor's global: alert nodes naming no handler of this API get one with the configured key */
    static PagerDutyTarget of(boolean enabled, String key, String url, String clientUrl, boolean global) {
        return new PagerDutyTarget(enabled, key, URI.create(url), clientUrl, global);
    }

    /** The key an event is sent with: the script's, else the configured one. */
    String key(String scriptKey) {
        return scriptKey.isEmpty() ? key : scriptKey;
    }

    void checkEnabled() {
        if (!enabled) {
            throw new IllegalStateException("service is not enabled");
        }
    }
}

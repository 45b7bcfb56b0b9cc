package dev.kapacitor.alert.pagerduty;

import java.net.URI;

/** The configured endpoint of one PagerDuty API, replaced as a whole when the configuration changes. */
record PagerDutyTarget(boolean enabled, String key, URI url, String clientUrl) {
    static final PagerDutyTarget DISABLED = new PagerDutyTarget(false, "", null, "");

    static PagerDutyTarget of(boolean enabled, String key, String url, String clientUrl) {
        return new PagerDutyTarget(enabled, key, URI.create(url), clientUrl);
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

package dev.kapacitor.alert.pagerduty;

import dev.kapacitor.api.alert.AlertEvent;
import dev.kapacitor.api.alert.AlertHandler;
import dev.kapacitor.api.alert.AlertHandlerFactory;
import dev.kapacitor.api.alert.HandlerDescriptor;
import dev.kapacitor.api.alert.HandlerOptions;
import dev.kapacitor.api.alert.OptionType;
import dev.kapacitor.api.alert.ServiceTest;
import dev.kapacitor.api.alert.support.JsonMembers;
import dev.kapacitor.api.gofmt.GoJson;
import dev.kapacitor.api.alert.support.JsonPoster;
import dev.kapacitor.api.config.ConfigSection;
import java.io.IOException;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/**
 * {@code .pagerDuty()}: an incident per alert id on PagerDuty's Events API v1; WARNING and
 * CRITICAL trigger it, OK resolves it, INFO is refused as Kapacitor does. {@code .serviceKey()}
 * overrides the configured service key.
 * Also Kapacitor's "pagerduty" service test, sent with the configured key.
 */
@Component(service = {AlertHandlerFactory.class, ServiceTest.class, ConfigSection.class},
        property = {AlertHandlerFactory.NAME + "=pagerDuty", ConfigSection.SECTION + "=pagerduty",
                ConfigSection.PID + "=dev.kapacitor.alert.pagerduty"},
        configurationPid = "dev.kapacitor.alert.pagerduty")
@Designate(ocd = PagerDutyConfig.class)
public final class PagerDutyHandlerFactory implements AlertHandlerFactory, ServiceTest, ConfigSection {
    static final String DEFAULT_URL = "https://events.pagerduty.com/generic/2010-04-15/create_event.json";
    private static final HandlerDescriptor DESCRIPTOR = HandlerDescriptor.builder()
            .option("serviceKey", OptionType.STRING)
            .build();

    private final JsonPoster poster;
    private volatile PagerDutyTarget target = PagerDutyTarget.DISABLED;

    @Activate
    public PagerDutyHandlerFactory(PagerDutyConfig c) {
        this(JsonPoster.Settings.DEFAULT);
        modified(c);
    }

    PagerDutyHandlerFactory(JsonPoster.Settings settings) {
        this.poster = new JsonPoster(settings);
    }

    @Modified
    void modified(PagerDutyConfig c) {
        configure(PagerDutyTarget.of(c.enabled(), c.service$_$key(), c.url(), c.client$_$url(), c.global()));
    }

    void configure(PagerDutyTarget t) {
        target = t;
    }

    /** Kapacitor 1.5 has no state-changes-only for PagerDuty. */
    @Override
    public boolean global() {
        return target.global();
    }

    JsonPoster poster() {
        return poster;
    }

    @Override
    public HandlerDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public AlertHandler create(HandlerOptions options) {
        String serviceKey = options.string("serviceKey", "");
        return poster.handler((p, event) -> send(p, serviceKey, event));
    }

    @Override
    public String name() {
        return "pagerduty";
    }

    @Override
    public Map<String, Object> options() {
        return TestEvents.pagerDutyOptions();
    }

    @Override
    public void test(Map<String, Object> options) throws IOException, InterruptedException {
        send(poster, "", TestEvents.pagerDuty(options));
    }

    private void send(JsonPoster p, String serviceKey, AlertEvent event) throws IOException, InterruptedException {
        PagerDutyTarget t = target;
        t.checkEnabled();
        JsonPoster.Answer a = p.post(t.url(), body(t, serviceKey, event), Map.of());
        if (a.status() != 200) {
            String m = JsonMembers.string(a.body(), "message");
            throw new IOException(m != null ? m
                    : "failed to understand PagerDuty response. code: " + a.status() + " content: " + a.body());
        }
    }

    /** Go's encoding of Kapacitor's map[string]string: keys sorted, newline ended. */
    static String body(PagerDutyTarget t, String serviceKey, AlertEvent e) {
        String eventType = switch (e.level()) {
            case WARNING, CRITICAL -> "trigger";
            case INFO -> throw new IllegalArgumentException(
                    "AlertLevel 'info' is currently ignored by the PagerDuty service");
            case OK -> "resolve";
        };
        StringBuilder b = new StringBuilder(256 + e.details().length());
        b.append("{\"client\":\"kapacitor\",\"client_url\":");
        GoJson.string(b, t.clientUrl()).append(",\"description\":");
        GoJson.string(b, e.message()).append(",\"details\":");
        GoJson.string(b, e.details()).append(",\"event_type\":\"").append(eventType).append("\",\"incident_key\":");
        GoJson.string(b, e.id()).append(",\"service_key\":");
        return GoJson.string(b, t.key(serviceKey)).append("}\n").toString();
    }
}

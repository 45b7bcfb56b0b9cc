package dev.kapacitor.alert.pagerduty;

import dev.kapacitor.api.alert.AlertEvent;
import dev.kapacitor.api.alert.AlertHandler;
import dev.kapacitor.api.alert.AlertHandlerFactory;
import dev.kapacitor.api.alert.AlertLevel;
import dev.kapacitor.api.alert.HandlerDescriptor;
import dev.kapacitor.api.alert.HandlerOptions;
import dev.kapacitor.api.alert.OptionType;
import dev.kapacitor.api.alert.ServiceTest;
import dev.kapacitor.api.alert.support.JsonMembers;
import dev.kapacitor.api.gofmt.GoJson;
import dev.kapacitor.api.alert.support.JsonPoster;
import dev.kapacitor.api.config.ConfigSection;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/**
 * {@code .pagerDuty2()}: PagerDuty's Events API v2, deduplicated by alert id; INFO, WARNING and
 * CRITICAL trigger with that severity, OK resolves. {@code .serviceKey()} (Kapacitor 1.5.0's
 * name) or {@code .routingKey()} (1.5.1's) overrides the configured routing key.
 * Also Kapacitor's "pagerduty2" service test, sent with the configured key.
 */
@Component(service = {AlertHandlerFactory.class, ServiceTest.class, ConfigSection.class},
        property = {AlertHandlerFactory.NAME + "=pagerDuty2", ConfigSection.SECTION + "=pagerduty2",
                ConfigSection.PID + "=dev.kapacitor.alert.pagerduty2"},
        configurationPid = "dev.kapacitor.alert.pagerduty2")
@Designate(ocd = PagerDuty2Config.class)
public final class PagerDuty2HandlerFactory implements AlertHandlerFactory, ServiceTest, ConfigSection {
    static final String DEFAULT_URL = "https://events.pagerduty.com/v2/enqueue";
    private static final Map<String, String> HEADERS = Map.of("Accept", "application/vnd.pagerduty+json;version=2");
    /** Go's "2006-01-02T15:04:05.000000000Z07:00" for UTC times. */
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);
    private static final HandlerDescriptor DESCRIPTOR = HandlerDescriptor.builder()
            .option("serviceKey", OptionType.STRING)
            .option("routingKey", OptionType.STRING)
            .build();

    private final JsonPoster poster;
    private volatile PagerDutyTarget target = PagerDutyTarget.DISABLED;

    @Activate
    public PagerDuty2HandlerFactory(PagerDuty2Config c) {
        this(JsonPoster.Settings.DEFAULT);
        modified(c);
    }

    PagerDuty2HandlerFactory(JsonPoster.Settings settings) {
        this.poster = new JsonPoster(settings);
    }

    @Modified
    void modified(PagerDuty2Config c) {
        configure(PagerDutyTarget.of(c.enabled(), c.routing$_$key(), c.url(), c.client$_$url(), c.global()));
    }

    void configure(PagerDutyTarget t) {
        target = t;
    }

    /** Kapacitor 1.5 has no state-changes-only for PagerDuty. */
    @Override
    public boolean global() {
        return target.global();
    }

    @Override
    public HandlerDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public AlertHandler create(HandlerOptions options) {
        String key = options.string("routingKey", options.string("serviceKey", ""));
        return poster.handler((p, event) -> send(p, key, event));
    }

    @Override
    public String name() {
        return "pagerduty2";
    }

    @Override
    public Map<String, Object> options() {
        return TestEvents.pagerDuty2Options();
    }

    @Override
    public void test(Map<String, Object> options) throws IOException, InterruptedException {
        send(poster, "", TestEvents.pagerDuty2(options));
    }

    private void send(JsonPoster p, String key, AlertEvent event) throws IOException, InterruptedException {
        PagerDutyTarget t = target;
        t.checkEnabled();
        JsonPoster.Answer a = p.post(t.url(), body(t, key, event), HEADERS);
        if (a.status() != 200 && a.status() != 202) {
            String status = JsonMembers.string(a.body(), "status");
            String message = JsonMembers.string(a.body(), "message");
            String errors = JsonMembers.member(a.body().startsWith("{") ? a.body() : "{}", "errors");
            throw new IOException("Status: " + (status == null ? "" : status) + ", Message: " + (message != null
                    ? message : "failed to understand PagerDuty2 response. code: " + a.status() + " content: " + a.body())
                    + " Errors: " + goList(errors));
        }
    }

    /** Go's %v of a []string: [a b]. */
    private static String goList(String jsonArray) {
        if (jsonArray == null || !jsonArray.startsWith("[")) {
            return "[]";
        }
        return "[" + jsonArray.substring(1, jsonArray.length() - 1).replace("\",\"", " ").replace("\"", "") + "]";
    }

    /** Kapacitor's AlertPayload (struct order), or its resolve for OK; newline ended. */
    static String body(PagerDutyTarget t, String key, AlertEvent e) {
        StringBuilder b = new StringBuilder(512);
        b.append("{\"routing_key\":");
        GoJson.string(b, t.key(key));
        if (e.level() == AlertLevel.OK) {
            b.append(",\"dedup_key\":");
            return GoJson.string(b, e.id()).append(",\"event_action\":\"resolve\"}\n").toString();
        }
        b.append(",\"event_action\":\"trigger\",\"dedup_key\":");
        GoJson.string(b, e.id()).append(",\"payload\":{\"summary\":");
        GoJson.string(b, e.message()).append(",\"source\":");
        GoJson.string(b, e.tags().getOrDefault("host", "unknown")).append(",\"severity\":\"")
                .append(e.level().name().toLowerCase(Locale.ROOT)).append("\",\"timestamp\":\"")
                .append(TIMESTAMP.format(e.time())).append("\",\"class\":");
        GoJson.string(b, e.taskName()).append(",\"component\":\"\",\"group\":\"\",\"custom_details\":{\"result\":")
                .append(JsonMembers.member(e.json(), "data"))
                .append("}},\"images\":null,\"links\":null,\"client\":\"kapacitor\",\"client_url\":");
        return GoJson.string(b, t.clientUrl()).append("}\n").toString();
    }
}

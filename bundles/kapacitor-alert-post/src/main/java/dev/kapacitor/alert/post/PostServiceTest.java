package dev.kapacitor.alert.post;

import dev.kapacitor.api.alert.ServiceTest;
import dev.kapacitor.api.alert.support.JsonPoster;
import dev.kapacitor.api.gofmt.GoTime;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.osgi.service.component.annotations.Component;

/**
 * Kapacitor's "httppost" service test: POSTs the alert data of an empty event (Go's zero values)
 * as JSON to the given URL with the given headers. As in Kapacitor, {@code endpoint} is listed
 * but not used, and any answer counts as success: the test checks that the URL can be reached.
 */
@Component(service = ServiceTest.class)
public final class PostServiceTest implements ServiceTest {
    /** encoding/json of Kapacitor's alert.Data{}: what its test posts. */
    static final String EMPTY_ALERT = "{\"id\":\"\",\"message\":\"\",\"details\":\"\",\"time\":\"" + GoTime.ZERO
            + "\",\"duration\":0,\"level\":\"OK\",\"data\":{\"series\":null},\"previousLevel\":\"OK\","
            + "\"recoverable\":false}\n";

    private final JsonPoster.Settings settings;
    private final JsonPoster poster;

    public PostServiceTest() {
        this(JsonPoster.Settings.DEFAULT);
    }

    PostServiceTest(JsonPoster.Settings settings) {
        this.settings = settings;
        this.poster = new JsonPoster(settings);
    }

    @Override
    public String name() {
        return "httppost";
    }

    /** Kapacitor's testOptions, in its field order; timeout is a Go duration in nanoseconds. */
    @Override
    public Map<String, Object> options() {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("endpoint", "example");
        o.put("url", "http://localhost:3000/");
        o.put("headers", new LinkedHashMap<>(Map.of("Auth", "secret")));
        o.put("timeout", 0);
        return o;
    }

    @Override
    public void test(Map<String, Object> o) throws IOException, InterruptedException {
        Map<String, String> headers = new LinkedHashMap<>();
        if (o.get("headers") instanceof Map<?, ?> m) {
            m.forEach((k, v) -> headers.put(String.valueOf(k), String.valueOf(v)));
        }
        headers.put("Content-Type", "application/json");
        long nanos = o.get("timeout") instanceof Number n ? n.longValue() : 0;
        Duration timeout = nanos > 0 ? Duration.ofNanos(nanos) : settings.requestTimeout();
        try {
            poster.send(URI.create(ServiceTest.string(o, "url")), EMPTY_ALERT, headers, timeout);
        } catch (IOException | IllegalArgumentException e) {
            throw new IOException("failed to POST alert data: " + e.getMessage(), e);
        }
    }
}

package dev.kapacitor.alert.post;

import dev.kapacitor.api.alert.AlertEvent;
import dev.kapacitor.api.alert.AlertHandler;
import dev.kapacitor.api.alert.AlertHandlerFactory;
import dev.kapacitor.api.alert.HandlerDescriptor;
import dev.kapacitor.api.alert.HandlerOptions;
import dev.kapacitor.api.alert.HttpPostEndpoints;
import dev.kapacitor.api.alert.OptionType;
import dev.kapacitor.api.alert.support.JsonPoster;
import dev.kapacitor.api.config.ConfigSection;
import dev.kapacitor.gotemplate.TemplateException;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * {@code .post(url)}: POSTs every alert event as Kapacitor's alert JSON to the URL, with
 * {@code .header(k, v)} headers and an optional {@code .timeout(d)}, through the shared
 * {@link JsonPoster} (retries on 5xx and connection errors). A non-2xx answer is an error of the
 * handler; with {@code .captureResponse()} its body is the error message. {@code .endpoint(name)}
 * picks a configured {@link PostEndpoint}; as in Kapacitor it is looked up when the handler is
 * created, and an unknown name falls back to the URL. The endpoints also serve
 * {@code |httpPost().endpoint(name)}, with their row template.
 */
@Component(service = {AlertHandlerFactory.class, HttpPostEndpoints.class, ConfigSection.class},
        property = {AlertHandlerFactory.NAME + "=post", ConfigSection.SECTION + "=httppost",
                ConfigSection.PID + "=" + PostEndpoint.PID, ConfigSection.ELEMENT_KEY + "=endpoint"})
public final class PostHandlerFactory implements AlertHandlerFactory, HttpPostEndpoints, ConfigSection {
    private static final HandlerDescriptor DESCRIPTOR = HandlerDescriptor.builder()
            .variadicArgs(OptionType.STRING)
            .option("endpoint", OptionType.STRING)
            .option("header", OptionType.STRING, OptionType.STRING)
            .option("captureResponse")
            .option("timeout", OptionType.DURATION)
            .build();

    private final List<PostEndpoint> endpoints = new CopyOnWriteArrayList<>();
    private final JsonPoster.Settings settings;
    private final JsonPoster poster;

    public PostHandlerFactory() {
        this(JsonPoster.Settings.DEFAULT);
    }

    PostHandlerFactory(JsonPoster.Settings settings) {
        this.settings = settings;
        this.poster = new JsonPoster(settings);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addEndpoint(PostEndpoint e) {
        endpoints.add(e);
    }

    public void removeEndpoint(PostEndpoint e) {
        endpoints.remove(e);
    }

    @Override
    public HandlerDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void validate(HandlerOptions options) {
        for (List<Object> h : options.calls("header")) {
            if (((String) h.get(0)).toUpperCase(Locale.ROOT).equals("AUTHENTICATE")) {
                throw new IllegalArgumentException("cannot set 'authenticate' header");
            }
        }
    }

    @Override
    public AlertHandler create(HandlerOptions options) {
        validate(options);
        PostEndpoint e = endpoint(options.string("endpoint", ""));
        if (e == null) {
            if (options.args().isEmpty() || ((String) options.args().get(0)).isEmpty()) {
                throw new IllegalArgumentException(
                        "An appropriately formatted url must be specified if an endpoint is not specified");
            }
            // Kapacitor uses the first URL only
            e = PostEndpoint.of((String) options.args().get(0));
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (List<Object> h : options.calls("header")) {
            headers.put((String) h.get(0), (String) h.get(1));
        }
        Duration timeout = options.duration("timeout", Duration.ZERO);
        PostHandler h = new PostHandler(e, Map.copyOf(headers), timeout.isZero() ? settings.requestTimeout() : timeout,
                options.has("captureResponse"));
        return poster.handler(h::handle);
    }

    /** The active endpoint of that name: for alerts, and for |httpPost().endpoint(name). */
    @Override
    public PostEndpoint endpoint(String name) {
        for (PostEndpoint e : endpoints) {
            if (e.name().equals(name) && e.url() != null) {
                return e;
            }
        }
        return null;
    }

    /** HTTP requests, retries and failures so far. */
    JsonPoster poster() {
        return poster;
    }

    private static final class PostHandler {
        private final PostEndpoint endpoint;
        private final Map<String, String> headers;
        private final Duration timeout;
        private final boolean captureResponse;

        PostHandler(PostEndpoint endpoint, Map<String, String> handlerHeaders, Duration timeout,
                    boolean captureResponse) {
            this.endpoint = endpoint;
            this.timeout = timeout;
            this.captureResponse = captureResponse;
            // the handler's headers override the endpoint's; the JSON body's Content-Type overrides both
            Map<String, String> all = new LinkedHashMap<>(endpoint.headers());
            all.putAll(handlerHeaders);
            if (endpoint.alertTemplate() == null) {
                all.put("Content-Type", "application/json");
            }
            this.headers = Map.copyOf(all);
        }

        void handle(JsonPoster poster, AlertEvent event) throws IOException, InterruptedException {
            String body;
            try {
                body = endpoint.alertTemplate() == null ? event.json() + "\n" : endpoint.alertTemplate().execute(event);
            } catch (TemplateException e) {
                throw new IOException("failed to execute alert template: " + e.getMessage(), e);
            }
            JsonPoster.Answer a = poster.send(endpoint.url(), body, headers, timeout);
            if (!a.ok()) {
                String why = captureResponse ? a.body()
                        : "unknown error, use .captureResponse() to capture the HTTP response";
                throw new IOException("POST returned non 2xx status code " + a.status() + ": " + why);
            }
        }
    }
}

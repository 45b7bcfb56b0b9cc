package dev.kapacitor.alert.post;

import dev.kapacitor.api.alert.AlertEvent;
import dev.kapacitor.api.alert.AlertHandler;
import dev.kapacitor.api.alert.AlertHandlerFactory;
import dev.kapacitor.api.alert.HandlerDescriptor;
import dev.kapacitor.api.alert.HandlerOptions;
import dev.kapacitor.api.alert.OptionType;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.osgi.service.component.annotations.Component;

/**
 * {@code .post(url)}: POSTs every alert event as Kapacitor's alert JSON to the URL, with
 * {@code .header(k, v)} headers and an optional {@code .timeout(d)}. A non-2xx answer is an
 * error of the handler; with {@code .captureResponse()} its body is the error message.
 * Named endpoints ({@code .endpoint(name)}, Kapacitor's {@code [[httppost]]} sections) are not
 * configurable yet.
 */
@Component(service = AlertHandlerFactory.class, property = AlertHandlerFactory.NAME + "=post")
public final class PostHandlerFactory implements AlertHandlerFactory {
    private static final HandlerDescriptor DESCRIPTOR = HandlerDescriptor.builder()
            .variadicArgs(OptionType.STRING)
            .option("endpoint", OptionType.STRING)
            .option("header", OptionType.STRING, OptionType.STRING)
            .option("captureResponse")
            .option("timeout", OptionType.DURATION)
            .build();

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(30))
            .build();

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
        String endpoint = options.string("endpoint", "");
        if (!endpoint.isEmpty()) {
            throw new IllegalArgumentException("post endpoint \"" + endpoint + "\" is not configured");
        }
        if (options.args().isEmpty()) {
            throw new IllegalArgumentException("post needs a URL or an endpoint");
        }
        // Kapacitor uses the first URL only
        URI url = URI.create((String) options.args().get(0));
        Map<String, String> headers = new LinkedHashMap<>();
        for (List<Object> h : options.calls("header")) {
            headers.put((String) h.get(0), (String) h.get(1));
        }
        Duration timeout = options.duration("timeout", Duration.ZERO);
        return new PostHandler(client, url, Map.copyOf(headers), timeout, options.has("captureResponse"));
    }

    private record PostHandler(HttpClient client, URI url, Map<String, String> headers, Duration timeout,
                               boolean captureResponse) implements AlertHandler {
        @Override
        public void handle(AlertEvent event) throws IOException, InterruptedException {
            HttpRequest.Builder b = HttpRequest.newBuilder(url)
                    .POST(HttpRequest.BodyPublishers.ofString(event.json() + "\n"));
            headers.forEach(b::setHeader);
            b.setHeader("Content-Type", "application/json");
            if (!timeout.isZero()) {
                b.timeout(timeout);
            }
            HttpResponse<String> resp = client.send(b.build(), captureResponse
                    ? HttpResponse.BodyHandlers.ofString()
                    : HttpResponse.BodyHandlers.replacing(null));
            if (resp.statusCode() / 100 != 2) {
                String why = captureResponse ? resp.body()
                        : "unknown error, use .captureResponse() to capture the HTTP response";
                throw new IOException("POST returned non 2xx status code " + resp.statusCode() + ": " + why);
            }
        }
    }
}

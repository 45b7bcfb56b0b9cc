package dev.kapacitor.api.alert.support;

import dev.kapacitor.api.alert.AlertEvent;
import dev.kapacitor.api.alert.AlertHandler;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

/**
 * POSTs JSON bodies for an HTTP alert integration: connect and request timeouts, and a bounded
 * number of attempts with doubling pauses when the server answers 5xx or cannot be reached (4xx
 * is the caller's fault and is not retried). With the defaults an event takes at most about
 * 32 s, inside the engine's handler timeout. Errors name the host only: webhook URLs carry
 * secrets in their paths and queries.
 *
 * <p>Plain HTTP goes over {@link PlainHttp} on the calling thread (why: see there); HTTPS
 * through the JDK's {@code HttpClient}.
 */
public final class JsonPoster {
    /** How patient the poster is. */
    public record Settings(Duration connectTimeout, Duration requestTimeout, int attempts, Duration backoff) {
        public static final Settings DEFAULT =
                new Settings(Duration.ofSeconds(5), Duration.ofSeconds(10), 3, Duration.ofMillis(500));

        public Settings {
            if (attempts < 1) {
                throw new IllegalArgumentException("attempts must be at least 1");
            }
        }
    }

    /** The last answer of the server. */
    public record Answer(int status, String body) {
        public boolean ok() {
            return status / 100 == 2;
        }
    }

    private static final long MAX_PAUSE_MILLIS = 10_000;

    private final Settings settings;
    /** Shared with the handlers' posters: connections are the integration's. */
    private final PlainHttp plain;
    private final HttpClient client;
    /** The integration's poster, whose totals a handler's poster adds to; null for the integration's own. */
    private final JsonPoster parent;
    private final LongAdder requests = new LongAdder();
    private final LongAdder retries = new LongAdder();
    private final LongAdder failures = new LongAdder();

    public JsonPoster(Settings settings) {
        this.settings = settings;
        this.plain = new PlainHttp(millis(settings.connectTimeout()));
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout())
                .build();
        this.parent = null;
    }

    private JsonPoster(JsonPoster parent) {
        this.settings = parent.settings;
        this.plain = parent.plain;
        this.client = parent.client;
        this.parent = parent;
    }

    /** What a handler does with an event, posting through its own poster. */
    @FunctionalInterface
    public interface Posting {
        void handle(JsonPoster poster, AlertEvent event) throws Exception;
    }

    /**
     * A handler posting through a poster of its own, which shares this one's connections and
     * counts its retries both for the handler ({@link AlertHandler#retried()}) and here.
     */
    public AlertHandler handler(Posting posting) {
        JsonPoster own = new JsonPoster(this);
        return new AlertHandler() {
            @Override
            public void handle(AlertEvent event) throws Exception {
                posting.handle(own, event);
            }

            @Override
            public long retried() {
                return own.retries();
            }
        };
    }

    private static void count(JsonPoster p, Function<JsonPoster, LongAdder> counter) {
        for (JsonPoster q = p; q != null; q = q.parent) {
            counter.apply(q).increment();
        }
    }

    /**
     * POSTs {@code json} with {@code Content-Type: application/json} and the extra headers.
     *
     * @return the answer of the last attempt; not 2xx when the server refused (counted as a failure)
     * @throws IOException when no attempt reached the server
     */
    public Answer post(URI url, String json, Map<String, String> headers) throws IOException, InterruptedException {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put("Content-Type", "application/json");
        return send(url, json, all, settings.requestTimeout());
    }

    /**
     * POSTs {@code body} with exactly the given headers (none added: a body that is not JSON gets
     * no {@code Content-Type} unless the caller sets one), each attempt limited to {@code timeout}.
     * Answers and retries as {@link #post}.
     */
    public Answer send(URI url, String body, Map<String, String> headers, Duration timeout)
            throws IOException, InterruptedException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        for (int attempt = 1; ; attempt++) {
            count(this, q -> q.requests);
            boolean last = attempt == settings.attempts();
            try {
                Answer a = exchange(url, bytes, headers, timeout);
                if (a.status() < 500 || last) {
                    if (!a.ok()) {
                        count(this, q -> q.failures);
                    }
                    return a;
                }
            } catch (IOException e) {
                if (last) {
                    count(this, q -> q.failures);
                    throw new IOException("POST to " + url.getHost() + " failed after " + attempt + " attempts: "
                            + describe(e, timeout));
                }
            }
            count(this, q -> q.retries);
            Thread.sleep(Math.min(MAX_PAUSE_MILLIS, settings.backoff().toMillis() << (attempt - 1)));
        }
    }

    /** One attempt: plain HTTP on this thread, HTTPS (or a URL with user info) through the JDK's client. */
    private Answer exchange(URI url, byte[] body, Map<String, String> headers, Duration timeout)
            throws IOException, InterruptedException {
        if (PlainHttp.handles(url)) {
            return plain.post(url, body, headers, millis(timeout));
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(b::setHeader);
        HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.body());
    }

    /** The same words for a timeout whichever of the two HTTP stacks ran into it. */
    private static String describe(IOException e, Duration timeout) {
        if (e instanceof SocketTimeoutException || e instanceof HttpTimeoutException) {
            return "timed out after " + timeout.toMillis() + " ms";
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    /** At least 1 ms: 0 means "no timeout" to a socket. */
    private static int millis(Duration d) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, d.toMillis()));
    }

    /** HTTP requests sent, retries included. */
    public long requests() {
        return requests.sum();
    }

    /** Attempts repeated after a 5xx answer or a connection error. */
    public long retries() {
        return retries.sum();
    }

    /** Posts that failed for good: unreachable, or answered other than 2xx. */
    public long failures() {
        return failures.sum();
    }
}

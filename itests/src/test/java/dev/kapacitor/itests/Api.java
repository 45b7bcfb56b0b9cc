package dev.kapacitor.itests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Predicate;

/** The distribution's HTTP API on the test's port, with the polling its tests need (STACK.md pitfall 9). */
final class Api {
    private static final Duration BOOT_TIMEOUT = Duration.ofSeconds(90);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    Api(String portProperty) {
        this.base = "http://127.0.0.1:" + System.getProperty(portProperty);
    }

    HttpResponse<String> send(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Jetty listens (and answers 404) before the whiteboard has registered the API servlet. */
    HttpResponse<String> awaitPing() throws Exception {
        long deadline = System.nanoTime() + BOOT_TIMEOUT.toNanos();
        while (true) {
            try {
                HttpResponse<String> r = send("GET", "/kapacitor/v1/ping", null);
                if (r.statusCode() != 404 || System.nanoTime() > deadline) {
                    return r;
                }
            } catch (IOException notListeningYet) {
                if (System.nanoTime() > deadline) {
                    throw notListeningYet;
                }
            }
            Thread.sleep(200);
        }
    }

    /** Repeats the call until its answer is done, or the timeout passed; the last answer. */
    static HttpResponse<String> await(Call call, Predicate<HttpResponse<String>> done, Duration timeout)
            throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpResponse<String> r = call.send();
        while (!done.test(r) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            r = call.send();
        }
        return r;
    }

    @FunctionalInterface
    interface Call {
        HttpResponse<String> send() throws Exception;
    }
}

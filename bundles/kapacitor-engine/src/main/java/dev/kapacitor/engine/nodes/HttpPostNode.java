package dev.kapacitor.engine.nodes;

import dev.kapacitor.api.alert.HttpPostEndpoints;
import dev.kapacitor.api.gofmt.GoJson;
import dev.kapacitor.api.model.Row;
import dev.kapacitor.engine.edge.BatchPointMessage;
import dev.kapacitor.engine.edge.BufferedBatchMessage;
import dev.kapacitor.engine.edge.Message;
import dev.kapacitor.engine.edge.PointMessage;
import dev.kapacitor.engine.edge.Rows;
import dev.kapacitor.engine.pipeline.HttpPostSpec;
import dev.kapacitor.engine.runtime.TaskContext;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * httpPost(): POSTs every point or batch as {@code {"series":[row]}} from its own sender thread,
 * in order, and passes the data on at once. With {@code .codeField()} the data goes on only
 * after its response, carrying the status code, re-entering the task on the task thread. Like
 * Kapacitor's, it is a grouped node that keeps nothing per group but counts the groups.
 */
final class HttpPostNode extends GroupedNode<Boolean> {
    static final int QUEUE_CAPACITY = 10_000;
    private static final long STOP_WAIT_MILLIS = 5_000;

    /** The URL given to httpPost(), or the configured endpoint named by .endpoint(). */
    private final HttpPostEndpoints.Endpoint endpoint;
    private final Map<String, String> headers;
    private final Duration timeout;
    private final boolean captureResponse;
    private final String codeField;
    private final PostSender sender;

    HttpPostNode(HttpPostSpec spec, TaskContext ctx) {
        super(spec, ctx);
        this.endpoint = spec.endpoint() == null ? new UrlOnly(spec.url())
                : ctx.services().alerts().handlers().postEndpoint(spec.endpoint());
        if (endpoint == null) {
            throw new IllegalStateException("endpoint '" + spec.endpoint() + "' does not exist");
        }
        this.headers = Map.copyOf(spec.headers());
        this.timeout = spec.timeout() > 0 ? Duration.ofNanos(spec.timeout()) : null;
        this.captureResponse = spec.captureResponse();
        this.codeField = spec.codeField();
        this.sender = new PostSender("kapacitor-post-" + ctx.taskId() + "-" + spec.name(), QUEUE_CAPACITY);
    }

    @Override
    protected void start() {
        sender.start();
    }

    @Override
    protected void stop() {
        sender.stop(STOP_WAIT_MILLIS);
    }

    @Override
    protected Boolean newGroup() {
        return Boolean.TRUE;
    }

    @Override
    public void point(PointMessage p) {
        state(p.group());
        submit(p);
    }

    @Override
    public void batch(BufferedBatchMessage b) {
        state(b.group());
        submit(b);
    }

    private void submit(Message m) {
        boolean withCode = !codeField.isEmpty();
        boolean queued = sender.offer(() -> {
            int code = send(m);
            if (withCode) {
                ctx.runOnTaskThread(() -> emit(withCode(m, code)));
            }
        });
        if (!queued) {
            error("failed to POST data", new IOException("send queue full (" + QUEUE_CAPACITY + " posts waiting)"));
            if (withCode) {
                emit(withCode(m, 0));
            }
        }
        if (!withCode) {
            emit(m);
        }
    }

    /** Runs on the sender thread; returns the status code, 0 when there was none. */
    private int send(Message m) {
        try {
            HttpRequest request = request(m);
            HttpClient client = ctx.services().httpClient();
            HttpResponse<String> resp = client.send(request, captureResponse
                    ? HttpResponse.BodyHandlers.ofString()
                    : HttpResponse.BodyHandlers.replacing(null));
            int code = resp.statusCode();
            if (code / 100 != 2) {
                String why = captureResponse ? resp.body()
                        : "unknown error, use .captureResponse() to capture the HTTP response";
                error("POST returned non 2xx status code", new IOException("code=" + code + " " + why));
            }
            return code;
        } catch (IOException | IllegalArgumentException e) {
            error("failed to POST data", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /** Kapacitor's order: the endpoint's headers, the JSON Content-Type, then the node's headers. */
    private HttpRequest request(Message m) throws IOException {
        Row row = m instanceof PointMessage p ? Rows.of(p) : Rows.of((BufferedBatchMessage) m);
        String body = rowBody(row);
        HttpRequest.Builder b = HttpRequest.newBuilder(endpoint.url());
        endpoint.headers().forEach(b::setHeader);
        if (body == null) {
            body = json(row);
            b.setHeader("Content-Type", "application/json");
        }
        b.POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(b::setHeader);
        if (timeout != null) {
            b.timeout(timeout);
        }
        return b.build();
    }

    /** The endpoint's row template output, or null when it has none. */
    private String rowBody(Row row) throws IOException {
        try {
            return endpoint.rowBody(row);
        } catch (Exception e) {
            throw new IOException("failed to execute template: " + e.getMessage(), e);
        }
    }

    private static String json(Row row) {
        try {
            return GoJson.result(List.of(row));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("failed to marshal row data json: " + e.getMessage(), e);
        }
    }

    /** httpPost(url): no headers of its own, no template; a bad URL fails each post, as in Kapacitor. */
    private record UrlOnly(String text) implements HttpPostEndpoints.Endpoint {
        @Override
        public URI url() {
            return URI.create(text);
        }

        @Override
        public Map<String, String> headers() {
            return Map.of();
        }

        @Override
        public String rowBody(Row row) {
            return null;
        }
    }

    private Message withCode(Message m, int code) {
        if (m instanceof PointMessage p) {
            return p.withFields(p.fields().toBuilder().putLong(codeField, code).build());
        }
        BufferedBatchMessage b = (BufferedBatchMessage) m;
        List<BatchPointMessage> points = new ArrayList<>(b.points().size());
        for (BatchPointMessage bp : b.points()) {
            points.add(bp.withFields(bp.fields().toBuilder().putLong(codeField, code).build()));
        }
        return b.withPoints(points);
    }
}

package dev.kapacitor.engine.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code |httpPost(url)}: POSTs every point or batch as a result JSON to the URL (or to a
 * configured endpoint), with extra headers and an optional timeout.
 */
public final class HttpPostSpec extends NodeSpec {
    public static final NodeType<HttpPostSpec> TYPE = NodeType.chain("httpPost", "http_post", HttpPostSpec::new)
            .args(Signature.variadic(ArgType.STRING))
            .property("endpoint", ArgType.STRING, (n, a) -> n.endpoints.add(a.string(0)))
            .property("header", Signature.of(ArgType.STRING, ArgType.STRING),
                    (n, a) -> n.headers.put(a.string(0), a.string(1)))
            .property("codeField", ArgType.STRING, (n, a) -> n.codeField = a.string(0))
            .flag("captureResponse", n -> n.captureResponse = true)
            .property("timeout", ArgType.DURATION, (n, a) -> n.timeout = a.duration(0))
            .build();

    private final List<String> urls;
    private final List<String> endpoints = new ArrayList<>(1);
    private final Map<String, String> headers = new LinkedHashMap<>();
    private String codeField = "";
    private boolean captureResponse;
    private long timeout;

    private HttpPostSpec(Args a) {
        super(TYPE);
        this.urls = a.strings();
    }

    @Override
    protected void validate() {
        if (urls.size() >= 2) {
            throw new SpecException("httpPost expects 0 or 1 arguments, got " + urls.size());
        }
        if (endpoints.size() > 1) {
            throw new SpecException("httpPost expects 0 or 1 endpoints, got " + endpoints.size());
        }
        if (urls.isEmpty() && endpoints.isEmpty()) {
            throw new SpecException("must provide url or endpoint");
        }
        if (!urls.isEmpty() && !endpoints.isEmpty()) {
            throw new SpecException("only one endpoint and url may be specified");
        }
        for (String k : headers.keySet()) {
            if (k.toUpperCase(Locale.ROOT).equals("AUTHENTICATE")) {
                throw new SpecException("cannot set 'authenticate' header");
            }
        }
    }

    /** The URL given to httpPost(), or null when an endpoint is named instead. */
    public String url() {
        return urls.isEmpty() ? null : urls.get(0);
    }

    /** The configured endpoint named by .endpoint(), or null. */
    public String endpoint() {
        return endpoints.isEmpty() ? null : endpoints.get(0);
    }

    public Map<String, String> headers() {
        return headers;
    }

    /** Empty: the response code is not stored. */
    public String codeField() {
        return codeField;
    }

    public boolean captureResponse() {
        return captureResponse;
    }

    /** Nanoseconds; 0 means no timeout. */
    public long timeout() {
        return timeout;
    }
}

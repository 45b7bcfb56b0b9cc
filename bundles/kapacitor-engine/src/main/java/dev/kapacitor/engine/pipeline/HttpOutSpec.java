package dev.kapacitor.engine.pipeline;

/** {@code |httpOut('name')}: keeps the last point or batch of each group for GET /tasks/<id>/<name>. */
public final class HttpOutSpec extends NodeSpec {
    public static final NodeType<HttpOutSpec> TYPE = NodeType.chain("httpOut", "http_out", HttpOutSpec::new)
            .args(ArgType.STRING)
            .build();

    private final String endpoint;

    private HttpOutSpec(Args a) {
        super(TYPE);
        this.endpoint = a.string(0);
    }

    public String endpoint() {
        return endpoint;
    }
}

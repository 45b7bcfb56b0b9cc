package dev.kapacitor.engine.pipeline;

/** {@code |where(lambda)}: passes only the points (or batch points) the lambda is true for. */
public final class WhereSpec extends NodeSpec {
    public static final NodeType<WhereSpec> TYPE = NodeType.chain("where", "where", WhereSpec::new)
            .args(ArgType.LAMBDA)
            .build();

    private final LambdaValue lambda;

    private WhereSpec(Args a) {
        super(TYPE);
        this.lambda = a.lambda(0);
    }

    public LambdaValue lambda() {
        return lambda;
    }
}

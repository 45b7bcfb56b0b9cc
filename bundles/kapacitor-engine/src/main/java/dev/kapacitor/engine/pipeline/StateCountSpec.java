package dev.kapacitor.engine.pipeline;

/** {@code |stateCount(lambda)}: how many points in a row the lambda has been true for, under {@code .as()} ({@code state_count}); -1 when false. */
public final class StateCountSpec extends NodeSpec {
    public static final NodeType<StateCountSpec> TYPE = NodeType.chain("stateCount", "state_count", StateCountSpec::new)
            .args(ArgType.LAMBDA)
            .property("as", ArgType.STRING, (n, a) -> n.as = a.string(0))
            .build();

    private final LambdaValue lambda;
    private String as = "state_count";

    private StateCountSpec(Args a) {
        super(TYPE);
        this.lambda = a.lambda(0);
    }

    public LambdaValue lambda() {
        return lambda;
    }

    public String as() {
        return as;
    }
}

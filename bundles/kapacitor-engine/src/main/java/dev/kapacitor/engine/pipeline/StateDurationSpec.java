package dev.kapacitor.engine.pipeline;

/**
 * {@code |stateDuration(lambda)}: how long the lambda has been true for the group, in
 * {@code .unit()}s (1s) as a float under {@code .as()} ({@code state_duration}); -1 when false.
 */
public final class StateDurationSpec extends NodeSpec {
    public static final NodeType<StateDurationSpec> TYPE = NodeType.chain("stateDuration", "state_duration", StateDurationSpec::new)
            .args(ArgType.LAMBDA)
            .property("as", ArgType.STRING, (n, a) -> n.as = a.string(0))
            .property("unit", ArgType.DURATION, (n, a) -> n.unit = a.duration(0))
            .build();

    private final LambdaValue lambda;
    private String as = "state_duration";
    private long unit = 1_000_000_000L;

    private StateDurationSpec(Args a) {
        super(TYPE);
        this.lambda = a.lambda(0);
    }

    public LambdaValue lambda() {
        return lambda;
    }

    public String as() {
        return as;
    }

    /** Nanoseconds. */
    public long unit() {
        return unit;
    }
}

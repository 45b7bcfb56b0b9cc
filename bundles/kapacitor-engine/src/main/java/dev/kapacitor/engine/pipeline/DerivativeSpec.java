package dev.kapacitor.engine.pipeline;

/**
 * {@code |derivative(field)}: the rate of change of a field between consecutive points of a
 * group, per {@code .unit()} (1s), stored under {@code .as()} (the field's own name).
 * {@code .nonNegative()} drops negative changes.
 */
public final class DerivativeSpec extends NodeSpec {
    public static final NodeType<DerivativeSpec> TYPE = NodeType.chain("derivative", "derivative", DerivativeSpec::new)
            .args(ArgType.STRING)
            .property("as", ArgType.STRING, (n, a) -> n.as = a.string(0))
            .property("unit", ArgType.DURATION, (n, a) -> n.unit = a.duration(0))
            .flag("nonNegative", n -> n.nonNegative = true)
            .build();

    private final String field;
    private String as;
    private long unit = 1_000_000_000L;
    private boolean nonNegative;

    private DerivativeSpec(Args a) {
        super(TYPE);
        this.field = a.string(0);
        this.as = field;
    }

    public String field() {
        return field;
    }

    public String as() {
        return as;
    }

    /** Nanoseconds. */
    public long unit() {
        return unit;
    }

    public boolean nonNegative() {
        return nonNegative;
    }
}

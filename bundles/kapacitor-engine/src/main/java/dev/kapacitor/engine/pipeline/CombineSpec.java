package dev.kapacitor.engine.pipeline;

import java.util.List;

/**
 * {@code |combine(lambda...)}: pairs up points of a group that share a time (rounded to
 * {@code .tolerance()}), one point per lambda, in every combination; fields and non-group
 * tags are prefixed with the {@code .as()} names and {@code .delimiter()} ({@code .}). More
 * than {@code .max()} combinations (1e6) in one set fail the task. Always gives a stream.
 */
public final class CombineSpec extends NodeSpec {
    public static final NodeType<CombineSpec> TYPE = NodeType.chain("combine", "combine", CombineSpec::new)
            .args(Signature.variadic(ArgType.LAMBDA))
            .edges(null, EdgeType.STREAM)
            .property("as", Signature.variadic(ArgType.STRING), (n, a) -> n.as = a.strings())
            .property("delimiter", ArgType.STRING, (n, a) -> n.delimiter = a.string(0))
            .property("tolerance", ArgType.DURATION, (n, a) -> n.tolerance = a.duration(0))
            .property("max", ArgType.INT, (n, a) -> n.max = a.integer(0))
            .build();

    private final List<LambdaValue> lambdas;
    private List<String> as = List.of();
    private String delimiter = ".";
    private long tolerance;
    private long max = 1_000_000;

    private CombineSpec(Args a) {
        super(TYPE);
        this.lambdas = a.lambdas();
    }

    @Override
    protected void validate() {
        PrefixNames.validate("combine", as, lambdas.size(),
                "number of prefixes specified by combine.as() must match the number of combine expressions",
                delimiter, name -> "cannot use name " + name + " as field prefix, it contains the delimiter character " + delimiter);
    }

    public List<LambdaValue> lambdas() {
        return lambdas;
    }

    public List<String> as() {
        return as;
    }

    public String delimiter() {
        return delimiter;
    }

    /** Nanoseconds; 0: times must be equal. */
    public long tolerance() {
        return tolerance;
    }

    public long max() {
        return max;
    }
}

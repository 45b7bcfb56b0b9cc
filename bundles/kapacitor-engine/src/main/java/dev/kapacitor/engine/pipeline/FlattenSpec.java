package dev.kapacitor.engine.pipeline;

import java.util.List;

/**
 * {@code |flatten()}: merges the points of a group that share a time (rounded to
 * {@code .tolerance()}) into one, each field renamed after the point's {@code .on()} tag
 * values, joined by {@code .delimiter()} ({@code .}).
 */
public final class FlattenSpec extends NodeSpec {
    public static final NodeType<FlattenSpec> TYPE = NodeType.chain("flatten", "flatten", a -> new FlattenSpec())
            .property("on", Signature.variadic(ArgType.STRING), (n, a) -> n.on = a.strings())
            .property("delimiter", ArgType.STRING, (n, a) -> n.delimiter = a.string(0))
            .property("tolerance", ArgType.DURATION, (n, a) -> n.tolerance = a.duration(0))
            // Kapacitor: no argument or several mean true, one argument is the value
            .property("dropOriginalFieldName", Signature.variadic(ArgType.BOOL),
                    (n, a) -> n.dropOriginalFieldName = a.size() != 1 || a.bool(0))
            .build();

    private List<String> on = List.of();
    private String delimiter = ".";
    private long tolerance;
    private boolean dropOriginalFieldName;

    private FlattenSpec() {
        super(TYPE);
    }

    public List<String> on() {
        return on;
    }

    public String delimiter() {
        return delimiter;
    }

    /** Nanoseconds; 0: times must be equal. */
    public long tolerance() {
        return tolerance;
    }

    public boolean dropOriginalFieldName() {
        return dropOriginalFieldName;
    }
}

package dev.kapacitor.engine.pipeline;

import dev.kapacitor.api.gofmt.GoQuote;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code a|join(b...)}: joins the points (or batches) of its parents that share a time, rounded
 * to {@code .tolerance()}, and group (or {@code .on()} tags), prefixing fields with the
 * {@code .as()} names and {@code .delimiter()}. {@code .fill()}: {@code 'none'} (inner join,
 * the default), {@code 'null'} or a number (outer join).
 */
public final class JoinSpec extends NodeSpec {
    public static final NodeType<JoinSpec> TYPE = NodeType.chain("join", "join", a -> new JoinSpec())
            .args(Signature.variadic(ArgType.NODE))
            .attach(JoinSpec::attach)
            .property("as", Signature.variadic(ArgType.STRING), (n, a) -> n.as = a.strings())
            .property("on", Signature.variadic(ArgType.STRING), (n, a) -> n.on = a.strings())
            .property("delimiter", ArgType.STRING, (n, a) -> n.delimiter = a.string(0))
            .property("streamName", ArgType.STRING, (n, a) -> n.streamName = a.string(0))
            .property("tolerance", ArgType.DURATION, (n, a) -> n.tolerance = a.duration(0))
            .property("fill", ArgType.oneOf(ArgType.STRING, ArgType.INT, ArgType.FLOAT), (n, a) -> n.fill = a.get(0))
            .build();

    private List<String> as = List.of();
    private List<String> on = List.of();
    private String delimiter = ".";
    private String streamName = "";
    private long tolerance;
    private Object fill;

    private JoinSpec() {
        super(TYPE);
    }

    /** Kapacitor links the receiver first, then the arguments: the receiver is source 0. */
    private static void attach(PipelineSpec p, NodeSpec receiver, NodeSpec join, Args args) {
        List<NodeSpec> parents = new ArrayList<>(args.size() + 1);
        parents.add(receiver);
        for (int i = 0; i < args.size(); i++) {
            parents.add(args.node(i));
        }
        p.linkAll(parents, join, receiver.provides());
    }

    @Override
    protected void validate() {
        PrefixNames.validate("join", as, parents().size(),
                "number of prefixes specified by join.as() must match the number of joined streams",
                delimiter, delimiter.isEmpty() ? null : name -> "cannot use name " + name
                        + " as field prefix, it contains the delimiter " + GoQuote.quote(delimiter) + "\t");
    }

    public List<String> as() {
        return as;
    }

    /** The tags to join on when the parents are grouped differently; empty: by group. */
    public List<String> on() {
        return on;
    }

    public String delimiter() {
        return delimiter;
    }

    /** Empty: the name of the first parent's point in each set. */
    public String streamName() {
        return streamName;
    }

    /** Nanoseconds; 0: times must be equal. */
    public long tolerance() {
        return tolerance;
    }

    /** null (none), a String ("null", "none", anything else fails the start), a Long or a Double. */
    public Object fill() {
        return fill;
    }
}

package dev.kapacitor.engine.pipeline;

/**
 * {@code node|stats(interval)}: every interval of wall-clock time, emits one point per group
 * of the node's data, measurement {@code stats}, field {@code emitted}. It is a source of the
 * pipeline, not a child of the node; {@code .align()} aligns the times to the interval.
 */
public final class StatsSpec extends NodeSpec {
    public static final NodeType<StatsSpec> TYPE = NodeType.chain("stats", "stats", StatsSpec::new)
            .args(ArgType.DURATION)
            .anywhere()
            .edges(EdgeType.STREAM, EdgeType.STREAM)
            .attach(StatsSpec::attach)
            .flag("align", n -> n.align = true)
            .build();

    private final long interval;
    private boolean align;
    private NodeSpec source;

    private StatsSpec(Args a) {
        super(TYPE);
        this.interval = a.duration(0);
    }

    /**
     * As Kapacitor: a new source, and a noop child under a node without children, so its
     * emitted counts exist. A node without output gets none (in Kapacitor that task cannot start).
     */
    private static void attach(PipelineSpec p, NodeSpec receiver, NodeSpec created, Args args) {
        StatsSpec stats = (StatsSpec) created;
        stats.source = receiver;
        p.addSource(stats);
        if (receiver.children().isEmpty() && receiver.provides() != EdgeType.NONE) {
            p.link(receiver, NoOpSpec.create());
        }
    }

    @Override
    protected void validate() {
        if (interval <= 0) {
            throw new SpecException("stats interval must be positive");
        }
    }

    /** Nanoseconds. */
    public long interval() {
        return interval;
    }

    public boolean align() {
        return align;
    }

    /** The node whose stats are emitted. */
    public NodeSpec source() {
        return source;
    }
}

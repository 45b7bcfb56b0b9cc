package dev.kapacitor.engine.pipeline;

/**
 * {@code |window()}: turns a stream into batches, per group, by time ({@code period},
 * {@code every}, {@code align()}, {@code fillPeriod()}) or by count ({@code periodCount},
 * {@code everyCount}). A window with neither period is accepted here and refused when the
 * task starts, as Kapacitor does.
 */
public final class WindowSpec extends NodeSpec {
    public static final NodeType<WindowSpec> TYPE = NodeType.chain("window", "window", a -> new WindowSpec())
            .edges(EdgeType.STREAM, EdgeType.BATCH)
            .property("period", ArgType.DURATION, (n, a) -> n.period = a.duration(0))
            .property("every", ArgType.DURATION, (n, a) -> n.every = a.duration(0))
            .flag("align", n -> n.align = true)
            .flag("fillPeriod", n -> n.fillPeriod = true)
            .property("periodCount", ArgType.INT, (n, a) -> n.periodCount = a.integer(0))
            .property("everyCount", ArgType.INT, (n, a) -> n.everyCount = a.integer(0))
            .build();

    private long period;
    private long every;
    private boolean align;
    private boolean fillPeriod;
    private long periodCount;
    private long everyCount;

    private WindowSpec() {
        super(TYPE);
    }

    @Override
    protected void validate() {
        if (periodCount != 0 && period != 0) {
            throw new SpecException("cannot specify both period and periodCount");
        }
        if (periodCount != 0 && align) {
            throw new SpecException("can only align windows based off time, not count");
        }
        if (periodCount != 0 && everyCount <= 0) {
            throw new SpecException("everyCount must be greater than zero");
        }
    }

    /** Nanoseconds; 0 when the window counts points. */
    public long period() {
        return period;
    }

    /** Nanoseconds; 0 emits on every point. */
    public long every() {
        return every;
    }

    public boolean align() {
        return align;
    }

    public boolean fillPeriod() {
        return fillPeriod;
    }

    public long periodCount() {
        return periodCount;
    }

    public long everyCount() {
        return everyCount;
    }
}

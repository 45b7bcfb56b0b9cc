package dev.kapacitor.engine.pipeline;

/**
 * {@code |barrier()}: sends barriers downstream on the wall clock, per group, after
 * {@code .idle(d)} without data or every {@code .period(d)}; data older than the last barrier is dropped.
 */
public final class BarrierSpec extends NodeSpec {
    public static final NodeType<BarrierSpec> TYPE = NodeType.chain("barrier", "barrier", a -> new BarrierSpec())
            .property("idle", ArgType.DURATION, (n, a) -> n.idle = a.duration(0))
            .property("period", ArgType.DURATION, (n, a) -> n.period = a.duration(0))
            .build();

    private long idle;
    private long period;

    private BarrierSpec() {
        super(TYPE);
    }

    @Override
    protected void validate() {
        if (idle != 0 && period != 0) {
            throw new SpecException("cannot specify both idle and period");
        }
        if (period == 0 && idle <= 0) {
            throw new SpecException("idle must be greater than zero");
        }
        if (period <= 0 && idle == 0) {
            throw new SpecException("period must be greater than zero");
        }
    }

    /** Nanoseconds; 0 when periodic. */
    public long idle() {
        return idle;
    }

    /** Nanoseconds; 0 when idle-driven. */
    public long period() {
        return period;
    }
}

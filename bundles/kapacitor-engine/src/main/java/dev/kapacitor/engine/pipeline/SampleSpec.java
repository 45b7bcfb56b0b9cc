package dev.kapacitor.engine.pipeline;

/**
 * {@code |sample(n)} keeps every n-th point of a group (counted within each batch);
 * {@code |sample(duration)} keeps the points whose time is a multiple of the duration.
 */
public final class SampleSpec extends NodeSpec {
    public static final NodeType<SampleSpec> TYPE = NodeType.chain("sample", "sample", SampleSpec::new)
            .args(ArgType.oneOf(ArgType.INT, ArgType.DURATION))
            .build();

    private final long n;
    private final long duration;

    private SampleSpec(Args a) {
        super(TYPE);
        boolean count = a.get(0) instanceof Long;
        this.n = count ? a.integer(0) : 0;
        this.duration = count ? 0 : a.duration(0);
    }

    /** 0 when sampling by duration. */
    public long n() {
        return n;
    }

    /** Nanoseconds; 0 when sampling by count. */
    public long duration() {
        return duration;
    }
}

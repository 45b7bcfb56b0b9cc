package dev.kapacitor.engine.pipeline;

/** {@code |shift(duration)}: moves points, and batches with their points, in time; negative shifts go back. */
public final class ShiftSpec extends NodeSpec {
    public static final NodeType<ShiftSpec> TYPE = NodeType.chain("shift", "shift", ShiftSpec::new)
            .args(ArgType.DURATION)
            .build();

    private final long shift;

    private ShiftSpec(Args a) {
        super(TYPE);
        this.shift = a.duration(0);
    }

    /** Nanoseconds; 0 is refused when the task starts. */
    public long shift() {
        return shift;
    }
}

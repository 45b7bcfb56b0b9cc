package dev.kapacitor.engine.pipeline;

/** {@code |changeDetect(field)}: passes a point only when the field's value differs from the last one passed (1.5.0: one field). */
public final class ChangeDetectSpec extends NodeSpec {
    public static final NodeType<ChangeDetectSpec> TYPE = NodeType.chain("changeDetect", "changeDetect", ChangeDetectSpec::new)
            .args(ArgType.STRING)
            .build();

    private final String field;

    private ChangeDetectSpec(Args a) {
        super(TYPE);
        this.field = a.string(0);
    }

    public String field() {
        return field;
    }
}

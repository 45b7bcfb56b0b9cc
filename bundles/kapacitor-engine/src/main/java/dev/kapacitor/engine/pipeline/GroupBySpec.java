package dev.kapacitor.engine.pipeline;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code |groupBy(tags...|*)}: regroups points or batch points by the named tags, or by all
 * tags but the {@code .exclude()}d ones; {@code .byMeasurement()} also keeps measurements apart.
 */
public final class GroupBySpec extends NodeSpec {
    public static final NodeType<GroupBySpec> TYPE = NodeType.chain("groupBy", "groupby", GroupBySpec::new)
            .args(Signature.variadic(ArgType.DIMENSION))
            .property("exclude", Signature.variadic(ArgType.STRING), (n, a) -> n.excluded.addAll(a.strings()))
            .flag("byMeasurement", n -> n.byMeasurement = true)
            .build();

    private final List<Object> dimensions;
    private final List<String> excluded = new ArrayList<>();
    private boolean byMeasurement;

    private GroupBySpec(Args a) {
        super(TYPE);
        this.dimensions = a.values();
    }

    @Override
    protected void validate() {
        FromSpec.Dimension.validate(dimensions, excluded);
    }

    public boolean all() {
        return FromSpec.Dimension.hasStar(dimensions);
    }

    /** The named tags, sorted, without the excluded ones. */
    public List<String> tags() {
        List<String> tags = FromSpec.Dimension.tags(dimensions);
        tags.removeAll(excluded);
        return tags;
    }

    public List<String> excluded() {
        return excluded;
    }

    public boolean byMeasurement() {
        return byMeasurement;
    }
}

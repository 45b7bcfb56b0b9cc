package dev.kapacitor.engine.pipeline;

import java.util.ArrayList;
import java.util.List;

/** {@code a|union(b...)}: merges its parents' data in time order, optionally renaming the measurement. */
public final class UnionSpec extends NodeSpec {
    public static final NodeType<UnionSpec> TYPE = NodeType.chain("union", "union", a -> new UnionSpec())
            .args(Signature.variadic(ArgType.NODE))
            .attach(UnionSpec::attach)
            .property("rename", ArgType.STRING, (n, a) -> n.rename = a.string(0))
            .build();

    private String rename = "";

    private UnionSpec() {
        super(TYPE);
    }

    /**
     * Kapacitor links the arguments first and the receiver last, so at equal times the
     * arguments' data comes out before the receiver's.
     */
    private static void attach(PipelineSpec p, NodeSpec receiver, NodeSpec union, Args args) {
        List<NodeSpec> parents = new ArrayList<>(args.size() + 1);
        for (int i = 0; i < args.size(); i++) {
            parents.add(args.node(i));
        }
        parents.add(receiver);
        p.linkAll(parents, union, receiver.provides());
    }

    /** Empty: keep the names. */
    public String rename() {
        return rename;
    }
}

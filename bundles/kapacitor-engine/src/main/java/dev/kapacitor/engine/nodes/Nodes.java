package dev.kapacitor.engine.nodes;

import dev.kapacitor.engine.pipeline.AlertSpec;
import dev.kapacitor.engine.pipeline.BatchSpec;
import dev.kapacitor.engine.pipeline.EvalSpec;
import dev.kapacitor.engine.pipeline.FromSpec;
import dev.kapacitor.engine.pipeline.HttpOutSpec;
import dev.kapacitor.engine.pipeline.HttpPostSpec;
import dev.kapacitor.engine.pipeline.StreamSpec;
import dev.kapacitor.engine.pipeline.WhereSpec;
import dev.kapacitor.engine.runtime.NodeRegistry;

/**
 * The one place node types are registered: a spec type with the constructor of its executing
 * node. Adding a node to the engine is adding its spec class, its node class and a line here.
 */
public final class Nodes {
    private Nodes() {
    }

    public static NodeRegistry registry() {
        return new NodeRegistry()
                .register(StreamSpec.TYPE, StreamNode::new)
                .registerSpecOnly(BatchSpec.TYPE)
                .register(FromSpec.TYPE, FromNode::new)
                .register(WhereSpec.TYPE, WhereNode::new)
                .register(EvalSpec.TYPE, EvalNode::new)
                .register(HttpOutSpec.TYPE, HttpOutNode::new)
                .register(HttpPostSpec.TYPE, HttpPostNode::new)
                .register(AlertSpec.TYPE, AlertNode::new);
    }
}

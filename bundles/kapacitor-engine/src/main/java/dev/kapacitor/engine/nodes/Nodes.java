package dev.kapacitor.engine.nodes;

import dev.kapacitor.engine.pipeline.AlertSpec;
import dev.kapacitor.engine.pipeline.BarrierSpec;
import dev.kapacitor.engine.pipeline.BatchSpec;
import dev.kapacitor.engine.pipeline.ChangeDetectSpec;
import dev.kapacitor.engine.pipeline.CombineSpec;
import dev.kapacitor.engine.pipeline.DefaultSpec;
import dev.kapacitor.engine.pipeline.DeleteSpec;
import dev.kapacitor.engine.pipeline.DerivativeSpec;
import dev.kapacitor.engine.pipeline.EvalSpec;
import dev.kapacitor.engine.pipeline.FlattenSpec;
import dev.kapacitor.engine.pipeline.FromSpec;
import dev.kapacitor.engine.pipeline.GroupBySpec;
import dev.kapacitor.engine.pipeline.HttpOutSpec;
import dev.kapacitor.engine.pipeline.HttpPostSpec;
import dev.kapacitor.engine.pipeline.InfluxQLSpec;
import dev.kapacitor.engine.pipeline.JoinSpec;
import dev.kapacitor.engine.pipeline.KapacitorLoopbackSpec;
import dev.kapacitor.engine.pipeline.LogSpec;
import dev.kapacitor.engine.pipeline.NoOpSpec;
import dev.kapacitor.engine.pipeline.SampleSpec;
import dev.kapacitor.engine.pipeline.ShiftSpec;
import dev.kapacitor.engine.pipeline.SideloadSpec;
import dev.kapacitor.engine.pipeline.StateCountSpec;
import dev.kapacitor.engine.pipeline.StateDurationSpec;
import dev.kapacitor.engine.pipeline.StatsSpec;
import dev.kapacitor.engine.pipeline.StreamSpec;
import dev.kapacitor.engine.pipeline.UnionSpec;
import dev.kapacitor.engine.pipeline.WhereSpec;
import dev.kapacitor.engine.pipeline.WindowSpec;
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
                .registerAll(InfluxQLSpec.types(), InfluxQLNode::create)
                .register(HttpOutSpec.TYPE, HttpOutNode::new)
                .register(HttpPostSpec.TYPE, HttpPostNode::new)
                .register(WindowSpec.TYPE, WindowNode::new)
                .register(GroupBySpec.TYPE, GroupByNode::new)
                .register(DefaultSpec.TYPE, DefaultNode::new)
                .register(DeleteSpec.TYPE, DeleteNode::new)
                .register(ShiftSpec.TYPE, ShiftNode::new)
                .register(SampleSpec.TYPE, SampleNode::new)
                .register(BarrierSpec.TYPE, BarrierNode::new)
                .register(DerivativeSpec.TYPE, DerivativeNode::new)
                .register(ChangeDetectSpec.TYPE, ChangeDetectNode::new)
                .register(StateDurationSpec.TYPE, StateTrackingNode::new)
                .register(StateCountSpec.TYPE, StateTrackingNode::new)
                .register(FlattenSpec.TYPE, FlattenNode::new)
                .register(CombineSpec.TYPE, CombineNode::new)
                .register(JoinSpec.TYPE, JoinNode::new)
                .register(UnionSpec.TYPE, UnionNode::new)
                .register(LogSpec.TYPE, LogNode::new)
                .register(NoOpSpec.TYPE, NoOpNode::new)
                .register(StatsSpec.TYPE, StatsNode::new)
                .register(KapacitorLoopbackSpec.TYPE, KapacitorLoopbackNode::new)
                .register(SideloadSpec.TYPE, SideloadNode::new)
                .register(AlertSpec.TYPE, AlertNode::new);
    }
}

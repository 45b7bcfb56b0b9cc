package dev.kapacitor.engine.nodes;

import dev.kapacitor.engine.edge.BufferedBatchMessage;
import dev.kapacitor.engine.edge.DeleteGroupMessage;
import dev.kapacitor.engine.edge.Group;
import dev.kapacitor.engine.edge.Message;
import dev.kapacitor.engine.edge.PointMessage;
import dev.kapacitor.engine.pipeline.EdgeType;
import dev.kapacitor.engine.pipeline.JoinSpec;
import dev.kapacitor.engine.runtime.GroupStates;
import dev.kapacitor.engine.runtime.Node;
import dev.kapacitor.engine.runtime.TaskContext;
import java.util.function.Consumer;

/**
 * join(): joins its parents' data by group and rounded time (see {@link JoinGroup}); with
 * on(), data grouped by more tags is first matched with the data grouped by just the on() tags
 * (see {@link JoinMatcher}). Barriers pass at once; group deletions are not passed on, as in
 * Kapacitor. What is left is emitted when the task stops; a group that expires (group-idle-ttl)
 * drops what it holds, data that never found its partners.
 */
final class JoinNode extends Node {
    private final JoinRules rules;
    private final boolean batches;
    private final JoinMatcher matcher;
    private final GroupStates<JoinGroup> groups;
    private final Consumer<JoinSet> emitter = this::emitSet;

    JoinNode(JoinSpec spec, TaskContext ctx) {
        super(spec, ctx);
        this.rules = new JoinRules(spec);
        this.batches = spec.wants() == EdgeType.BATCH;
        this.matcher = spec.on().isEmpty() ? null
                : new JoinMatcher(ctx, spec.on(), spec.parents().size(), rules.tolerance, this::collect);
        this.groups = new GroupStates<>(ctx, g -> new JoinGroup(rules, parentCount()));
    }

    @Override
    protected void expire(Group g) {
        groups.remove(g);
        if (matcher != null) {
            matcher.expire(g);
        }
    }

    @Override
    protected int cardinality() {
        return groups.size();
    }

    @Override
    protected void stop() {
        ctx.runOnTaskThread(() -> {
            groups.forEach((g, join) -> join.finish(emitter));
        });
    }

    @Override
    public void point(PointMessage p) {
        receive(p, p.time());
    }

    @Override
    public void batch(BufferedBatchMessage b) {
        receive(b, b.begin().tmax());
    }

    @Override
    public void deleteGroup(DeleteGroupMessage d) {
    }

    private void receive(Message m, long time) {
        if (matcher != null) {
            matcher.match(inlet(), m, time);
        } else {
            collect(m.group(), inlet(), m, time);
        }
    }

    private void collect(Group g, int src, Message m, long time) {
        groups.get(g).collect(src, m, time, emitter);
    }

    private void emitSet(JoinSet set) {
        Message out = batches ? set.joinIntoBatch() : set.joinIntoPoint();
        if (out != null) {
            emit(out);
        }
    }
}

package dev.kapacitor.engine.nodes;

import dev.kapacitor.engine.edge.BarrierMessage;
import dev.kapacitor.engine.edge.DeleteGroupMessage;
import dev.kapacitor.engine.edge.Group;
import dev.kapacitor.engine.pipeline.NodeSpec;
import dev.kapacitor.engine.runtime.GroupStates;
import dev.kapacitor.engine.runtime.Node;
import dev.kapacitor.engine.runtime.TaskContext;

/**
 * A node that keeps state per group (Kapacitor's grouped consumer): one state object per group,
 * whose count is its working_cardinality. As in Kapacitor, a barrier makes the group's state too,
 * and a group deletion goes on only for a group the node has seen.
 */
abstract class GroupedNode<T> extends Node {
    private final GroupStates<T> groups;

    GroupedNode(NodeSpec spec, TaskContext ctx) {
        super(spec, ctx);
        this.groups = new GroupStates<>(ctx, g -> newGroup());
    }

    /** Fresh state for a group seen for the first time. */
    protected abstract T newGroup();

    /** The state of the group of the data being handled. */
    protected final T state(Group g) {
        return groups.get(g);
    }

    /** The state of a barrier's group: a barrier is no data, so it does not keep the group alive. */
    protected final T barrierState(Group g) {
        return groups.getIdle(g);
    }

    @Override
    protected int cardinality() {
        return groups.size();
    }

    @Override
    public void barrier(BarrierMessage b) {
        barrierState(b.group());
        emit(b);
    }

    @Override
    public void deleteGroup(DeleteGroupMessage d) {
        if (groups.remove(d.group()) != null) {
            emit(d);
        }
    }

    @Override
    protected void expire(Group g) {
        groups.remove(g);
    }
}

package dev.kapacitor.engine.nodes;

import dev.kapacitor.engine.edge.DeleteGroupMessage;
import dev.kapacitor.engine.edge.Group;
import dev.kapacitor.engine.pipeline.NodeSpec;
import dev.kapacitor.engine.runtime.Node;
import dev.kapacitor.engine.runtime.TaskContext;
import java.util.HashMap;
import java.util.Map;

/** A node that keeps state per group (Kapacitor's grouped consumer); the count is its working_cardinality. */
abstract class GroupedNode<T> extends Node {
    private final Map<Group, T> groups = new HashMap<>();

    GroupedNode(NodeSpec spec, TaskContext ctx) {
        super(spec, ctx);
    }

    /** Fresh state for a group seen for the first time. */
    protected abstract T newGroup();

    protected final T state(Group g) {
        T s = groups.get(g);
        if (s == null) {
            s = newGroup();
            groups.put(g, s);
        }
        return s;
    }

    @Override
    protected int cardinality() {
        return groups.size();
    }

    @Override
    public void deleteGroup(DeleteGroupMessage d) {
        groups.remove(d.group());
        emit(d);
    }
}

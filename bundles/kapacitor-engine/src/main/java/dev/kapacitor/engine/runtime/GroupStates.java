package dev.kapacitor.engine.runtime;

import dev.kapacitor.engine.edge.Group;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A node's state per group: one object per group, made on the group's first sight, kept in the
 * order groups appeared. Getting a group's state for data marks the group active for the task's
 * group-idle-ttl; the node drops the state when the group expires or is deleted. Task thread only.
 */
public final class GroupStates<T> {
    private final TaskContext ctx;
    private final Function<Group, ? extends T> create;
    private final Map<Group, Slot<T>> slots = new LinkedHashMap<>();
    /**
     * The slot of {@link Group#NIL}, every message's group without groupBy: no map lookup. Only
     * NIL's, set once: a last-group cache stores a reference per message when groups take turns.
     */
    private Slot<T> nilSlot;

    private record Slot<T>(T state, GroupActivity activity) {
    }

    public GroupStates(TaskContext ctx, Function<Group, ? extends T> create) {
        this.ctx = ctx;
        this.create = create;
    }

    /** The state of the group of data being handled: created on first sight, and the group is active. */
    public T get(Group g) {
        Slot<T> s = slot(g);
        ctx.seen(s.activity);
        return s.state;
    }

    /** As {@link #get}, for a barrier: it is no data, so it does not keep an idle group alive. */
    public T getIdle(Group g) {
        return slot(g).state;
    }

    private Slot<T> slot(Group g) {
        if (g == Group.NIL && nilSlot != null) {
            return nilSlot;
        }
        Slot<T> s = slots.get(g);
        if (s == null) {
            s = new Slot<>(create.apply(g), ctx.activity(g));
            slots.put(g, s);
        }
        if (g == Group.NIL) {
            nilSlot = s;
        }
        return s;
    }

    /** Forgets the group; its state, or null if the group was not seen. */
    public T remove(Group g) {
        if (g == Group.NIL) {
            nilSlot = null;
        }
        Slot<T> s = slots.remove(g);
        return s == null ? null : s.state;
    }

    public int size() {
        return slots.size();
    }

    public boolean isEmpty() {
        return slots.isEmpty();
    }

    /** Each group with its state, in the order the groups first appeared. */
    public void forEach(BiConsumer<Group, ? super T> action) {
        for (Map.Entry<Group, Slot<T>> e : slots.entrySet()) {
            action.accept(e.getKey(), e.getValue().state);
        }
    }
}

package dev.kapacitor.engine.runtime;

import dev.kapacitor.engine.pipeline.NodeCatalog;
import dev.kapacitor.engine.pipeline.NodeSpec;
import dev.kapacitor.engine.pipeline.NodeType;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Pairs each node type with the factory of its executing node. */
public final class NodeRegistry {
    /** Builds the executing node of a spec; may throw to fail the task's start. */
    @FunctionalInterface
    public interface Factory<S extends NodeSpec> {
        Node create(S spec, TaskContext ctx);
    }

    private final Map<NodeType<?>, Factory<?>> factories = new IdentityHashMap<>();
    private final List<NodeType<?>> types = new ArrayList<>();

    public <S extends NodeSpec> NodeRegistry register(NodeType<S> type, Factory<S> factory) {
        types.add(type);
        factories.put(type, factory);
        return this;
    }

    /** Several node types run by the same kind of node (the InfluxQL functions). */
    public <S extends NodeSpec> NodeRegistry registerAll(Iterable<NodeType<S>> types, Factory<S> factory) {
        for (NodeType<S> t : types) {
            register(t, factory);
        }
        return this;
    }

    /** A type the scripts may use that has no executing form yet: tasks using it define but do not start. */
    public NodeRegistry registerSpecOnly(NodeType<?> type) {
        types.add(type);
        return this;
    }

    public NodeCatalog catalog() {
        return new NodeCatalog(types);
    }

    /** A catalog whose specs may use these engine services (see {@code Args.service}). */
    public NodeCatalog catalog(Object... services) {
        return new NodeCatalog(types, List.of(services));
    }

    @SuppressWarnings("unchecked")
    Node create(NodeSpec spec, TaskContext ctx) {
        Factory<NodeSpec> f = (Factory<NodeSpec>) factories.get(spec.type());
        if (f == null) {
            throw new IllegalStateException(spec.type().method() + " nodes cannot run yet in this version");
        }
        return f.create(spec, ctx);
    }
}

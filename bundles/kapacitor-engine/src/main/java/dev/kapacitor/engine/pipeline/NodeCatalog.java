package dev.kapacitor.engine.pipeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The node types a script may use, looked up by chaining method name. Immutable. */
public final class NodeCatalog {
    private final Map<String, List<NodeType<?>>> byMethod = new HashMap<>();
    private final Map<EdgeType, NodeType<?>> sources = new HashMap<>();
    private final Map<Class<?>, Object> services = new HashMap<>();

    public NodeCatalog(Collection<NodeType<?>> types) {
        this(types, List.of());
    }

    /** @param services engine services node specs may use while a script is evaluated, by their class */
    public NodeCatalog(Collection<NodeType<?>> types, Collection<?> services) {
        for (Object s : services) {
            this.services.put(s.getClass(), s);
        }
        for (NodeType<?> t : types) {
            if (t.wants(EdgeType.STREAM) == EdgeType.NONE) {
                sources.put(t.provides(EdgeType.NONE), t);
            } else {
                byMethod.computeIfAbsent(t.method(), k -> new ArrayList<>(1)).add(t);
            }
        }
    }

    /** The engine service of that class, or null. */
    public Object service(Class<?> type) {
        return services.get(type);
    }

    /** The type {@code parent|method()} creates, or null when the parent has no such chaining method. */
    public NodeType<?> chainMethod(NodeType<?> parent, String method) {
        for (NodeType<?> t : byMethod.getOrDefault(method, List.of())) {
            if (t.createdUnder(parent)) {
                return t;
            }
        }
        return null;
    }

    /** The chaining methods available after a parent, sorted (for did-you-mean hints). */
    public Collection<String> chainMethods(NodeType<?> parent) {
        TreeSet<String> names = new TreeSet<>();
        byMethod.forEach((name, types) -> {
            for (NodeType<?> t : types) {
                if (t.createdUnder(parent)) {
                    names.add(name);
                }
            }
        });
        return names;
    }

    /** The source node type of a task type (stream or batch), or null. */
    public NodeType<?> source(EdgeType edge) {
        return sources.get(edge);
    }

    public Collection<NodeType<?>> sources() {
        return sources.values();
    }
}

package dev.kapacitor.engine.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A task's pipeline: a DAG of node specs starting at its sources. Ids are handed out in the
 * order nodes are created, and {@link #walk()} visits parents before children in the same
 * order Kapacitor does, so node names and the DOT graph match Kapacitor's.
 */
public final class PipelineSpec {
    private final List<NodeSpec> sources = new ArrayList<>(1);
    private int nextId;
    private List<NodeSpec> sorted;

    public void addSource(NodeSpec source) {
        source.assign(nextId++, EdgeType.NONE, source.type().provides(EdgeType.NONE));
        sources.add(source);
        sorted = null;
    }

    /**
     * Links a new child under its parent and gives it the next id.
     *
     * @throws SpecException when the parent's output does not fit the child's input
     */
    public void link(NodeSpec parent, NodeSpec child) {
        EdgeType out = output(parent, child);
        EdgeType in = child.type().wants(out);
        checkEdges(parent, child, out, in);
        if (child.id() < 0) {
            child.assign(nextId++, in, child.type().provides(in));
        }
        parent.addChild(child);
        sorted = null;
    }

    /**
     * Links a fan-in node (union, join) under each of its parents, in order, for the edge type
     * of the node it was called on. As in Kapacitor, every link gives the node the next id, so
     * it is named after the last one.
     */
    public void linkAll(List<NodeSpec> parents, NodeSpec child, EdgeType edge) {
        EdgeType in = child.type().wants(edge);
        for (NodeSpec parent : parents) {
            checkEdges(parent, child, output(parent, child), in);
            child.assign(nextId++, in, child.type().provides(in));
            parent.addChild(child);
        }
        sorted = null;
    }

    private static EdgeType output(NodeSpec parent, NodeSpec child) {
        EdgeType out = parent.provides();
        if (out == EdgeType.NONE) {
            throw SpecException.at(child.position(), "cannot chain " + child.type().method()
                    + " after " + parent.type().method() + ": it has no output");
        }
        return out;
    }

    private static void checkEdges(NodeSpec parent, NodeSpec child, EdgeType out, EdgeType in) {
        if (in != out) {
            throw SpecException.at(child.position(), "cannot add child mismatched edges: "
                    + parent.type().method() + " gives " + out.label() + ", "
                    + child.type().method() + " wants " + in.label());
        }
    }

    public List<NodeSpec> sources() {
        return Collections.unmodifiableList(sources);
    }

    /** All nodes, each after all its parents (Kapacitor's depth-first topological order). */
    public List<NodeSpec> walk() {
        if (sorted == null) {
            List<NodeSpec> post = new ArrayList<>();
            Set<NodeSpec> done = new HashSet<>();
            for (int i = sources.size() - 1; i >= 0; i--) {
                visit(sources.get(i), done, new HashSet<>(), post);
            }
            Collections.reverse(post);
            sorted = Collections.unmodifiableList(post);
        }
        return sorted;
    }

    private static void visit(NodeSpec n, Set<NodeSpec> done, Set<NodeSpec> onPath, List<NodeSpec> post) {
        if (done.contains(n)) {
            return;
        }
        if (!onPath.add(n)) {
            throw new SpecException("pipeline contains a cycle");
        }
        for (NodeSpec c : n.children()) {
            visit(c, done, onPath, post);
        }
        onPath.remove(n);
        done.add(n);
        post.add(n);
    }

    public int size() {
        return walk().size();
    }

    /** Runs every node's own checks, in walk order. */
    public void validate() {
        for (NodeSpec n : walk()) {
            n.validate();
        }
    }

    public <T extends NodeSpec> List<T> nodesOf(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (NodeSpec n : walk()) {
            if (type.isInstance(n)) {
                out.add(type.cast(n));
            }
        }
        return out;
    }

    /** The graph as Kapacitor shows it for a task that is not executing. */
    public String dot(String name) {
        StringBuilder sb = new StringBuilder("digraph ").append(name).append(" {\n");
        for (NodeSpec n : walk()) {
            for (NodeSpec c : n.children()) {
                sb.append(n.name()).append(" -> ").append(c.name()).append(";\n");
            }
        }
        return sb.append('}').toString();
    }
}

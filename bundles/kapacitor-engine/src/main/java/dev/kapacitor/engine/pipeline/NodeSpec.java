package dev.kapacitor.engine.pipeline;

import dev.kapacitor.tickscript.ast.Position;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * The declarative description of one node of a task's pipeline, as the script set it up.
 * Subclasses hold the node's properties; the runtime reads them to build the executing node.
 */
public abstract class NodeSpec implements ScriptObject {
    private final NodeType<?> type;
    private final List<NodeSpec> parents = new ArrayList<>(1);
    private final List<NodeSpec> children = new ArrayList<>(2);
    private int id = -1;
    private EdgeType wants;
    private EdgeType provides;
    private boolean quiet;
    private Position position;

    protected NodeSpec(NodeType<?> type) {
        this.type = type;
    }

    public NodeType<?> type() {
        return type;
    }

    public int id() {
        return id;
    }

    /** Kapacitor's node name: kind and id, {@code from1}, {@code http_post3}. */
    public String name() {
        return type.kind() + id;
    }

    public List<NodeSpec> parents() {
        return Collections.unmodifiableList(parents);
    }

    public List<NodeSpec> children() {
        return Collections.unmodifiableList(children);
    }

    public EdgeType wants() {
        return wants;
    }

    public EdgeType provides() {
        return provides;
    }

    public boolean quiet() {
        return quiet;
    }

    void setQuiet(boolean q) {
        this.quiet = q;
    }

    /** Where the call that created the node is in the script (null for the source). */
    public Position position() {
        return position;
    }

    public void setPosition(Position p) {
        this.position = p;
    }

    /** Checks the properties once the whole script ran; the message is Kapacitor's. */
    protected void validate() {
    }

    @Override
    public String describe() {
        return type.method() + " node";
    }

    @Override
    public PropertyDef<?> property(String name) {
        return type.property(name);
    }

    @Override
    public Collection<String> propertyNames() {
        return type.propertyNames();
    }

    @Override
    public NodeSpec chainTarget() {
        return this;
    }

    void assign(int newId, EdgeType in, EdgeType out) {
        this.id = newId;
        this.wants = in;
        this.provides = out;
    }

    void addChild(NodeSpec child) {
        children.add(child);
        child.parents.add(this);
    }

    @Override
    public String toString() {
        return name();
    }
}

package dev.kapacitor.engine.pipeline;

import java.util.Collection;

/** An object of the pipeline language that has property methods: a node, or an alert handler. */
public interface ScriptObject {
    /** For messages: "window node". */
    String describe();

    /** The property method of that name, or null. */
    PropertyDef<?> property(String name);

    Collection<String> propertyNames();

    /** The node a {@code |chain()} call on this object adds to: the node itself, an alert handler's alert. */
    default NodeSpec chainTarget() {
        return null;
    }
}

package dev.kapacitor.engine.pipeline;

/** What a node consumes or produces: points, batches, or nothing (an output node). */
public enum EdgeType {
    STREAM, BATCH, NONE;

    public String label() {
        return this == NONE ? "noedge" : name().toLowerCase(java.util.Locale.ROOT);
    }
}

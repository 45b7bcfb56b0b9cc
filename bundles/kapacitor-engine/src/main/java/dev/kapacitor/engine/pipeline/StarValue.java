package dev.kapacitor.engine.pipeline;

/** TICKscript's {@code *}, as in {@code groupBy(*)}. */
public enum StarValue {
    STAR;

    @Override
    public String toString() {
        return "*";
    }
}

package dev.kapacitor.engine.pipeline;

/** A TICKscript regex literal; {@code pattern} is the source between the slashes. */
public record RegexValue(String pattern) {
    @Override
    public String toString() {
        return "/" + pattern + "/";
    }
}

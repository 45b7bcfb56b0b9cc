package dev.kapacitor.api.task;

/**
 * How the DOT of an executing task shows its execution stats (Kapacitor's {@code dot-view}):
 * as node and edge attributes (the default) or as graphviz labels that render visibly.
 */
public enum DotView {
    ATTRIBUTES, LABELS
}

package dev.kapacitor.tickscript.ast;

/** Any syntax tree node. */
public interface Node {
    Position position();
}

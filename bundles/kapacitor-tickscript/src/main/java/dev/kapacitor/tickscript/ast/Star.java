package dev.kapacitor.tickscript.ast;

/** {@code *}, as in {@code groupBy(*)}. */
public record Star(Position position) implements Expr {
}

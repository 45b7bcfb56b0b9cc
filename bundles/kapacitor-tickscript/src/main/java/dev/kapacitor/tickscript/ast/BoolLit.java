package dev.kapacitor.tickscript.ast;

/** TRUE or FALSE. */
public record BoolLit(Position position, boolean value) implements Expr {
}

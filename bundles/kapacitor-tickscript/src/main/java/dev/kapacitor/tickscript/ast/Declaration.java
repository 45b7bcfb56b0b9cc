package dev.kapacitor.tickscript.ast;

/** {@code var name = value}. */
public record Declaration(Position position, String name, Expr value, String comment) implements Statement {
}

package dev.kapacitor.tickscript.ast;

/** {@code left op right}; position is that of the operator. */
public record Binary(Position position, Operator op, Expr left, Expr right) implements Expr {
}

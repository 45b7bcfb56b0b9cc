package dev.kapacitor.tickscript.ast;

/** {@code -x} or {@code !x} (op is MINUS or NOT). */
public record Unary(Position position, Operator op, Expr operand) implements Expr {
}

package dev.kapacitor.tickscript.ast;

/** An expression on its own, usually a pipeline chain such as {@code stream|from()|alert()}. */
public record ExpressionStatement(Position position, Expr expr, String comment) implements Statement {
}

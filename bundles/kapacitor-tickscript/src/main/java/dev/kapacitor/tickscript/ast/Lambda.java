package dev.kapacitor.tickscript.ast;

/** {@code lambda: body}. */
public record Lambda(Position position, Expr body) implements Expr {
}

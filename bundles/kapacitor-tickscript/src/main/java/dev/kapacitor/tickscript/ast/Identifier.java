package dev.kapacitor.tickscript.ast;

/** A variable or function name: {@code stream}, {@code data}, {@code sigma}. */
public record Identifier(Position position, String name) implements Expr {
}

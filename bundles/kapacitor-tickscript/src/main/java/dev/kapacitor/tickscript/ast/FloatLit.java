package dev.kapacitor.tickscript.ast;

/** A float literal; {@code literal} is the source text. */
public record FloatLit(Position position, double value, String literal) implements Expr {
}

package dev.kapacitor.tickscript.ast;

/** A duration literal such as {@code 10s}; {@code literal} is the source text. */
public record DurationLit(Position position, long nanos, String literal) implements Expr {
}

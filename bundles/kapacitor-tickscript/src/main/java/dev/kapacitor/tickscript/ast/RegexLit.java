package dev.kapacitor.tickscript.ast;

/** A regex literal /.../; {@code pattern} is the source between the slashes with \/ unescaped. */
public record RegexLit(Position position, String pattern) implements Expr {
}

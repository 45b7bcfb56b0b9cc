package dev.kapacitor.tickscript.ast;

/** A single-quoted string ('...', escapes removed) or a raw triple-quoted one ('''...'''). */
public record StringLit(Position position, String value, boolean tripleQuoted) implements Expr {
}

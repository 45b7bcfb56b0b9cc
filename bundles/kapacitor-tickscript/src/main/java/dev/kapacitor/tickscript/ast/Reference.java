package dev.kapacitor.tickscript.ast;

/** A double-quoted field or tag reference, {@code "usage_idle"}; name is unescaped. */
public record Reference(Position position, String name) implements Expr {
}

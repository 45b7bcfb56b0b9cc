package dev.kapacitor.tickscript.ast;

/** An integer literal; {@code literal} is the source text (a leading 0 means octal). */
public record IntLit(Position position, long value, String literal) implements Expr {
}

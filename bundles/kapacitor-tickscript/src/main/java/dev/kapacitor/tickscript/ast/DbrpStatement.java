package dev.kapacitor.tickscript.ast;

/** {@code dbrp "db"."rp"}. */
public record DbrpStatement(Position position, String db, String rp, String comment) implements Statement {
}

package dev.kapacitor.tickscript.ast;

/**
 * {@code var name type}: a template variable without a default. {@code type} is one of int,
 * float, bool, string, regex, duration, lambda, list, star (the parser rejects others, with
 * Kapacitor's message {@code invalid var type "x"}).
 */
public record TypeDeclaration(Position position, String name, String type, String comment) implements Statement {
}

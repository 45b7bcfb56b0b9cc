package dev.kapacitor.tickscript.ast;

/** A top-level statement. {@code comment} is the text of the // lines just above it, or null. */
public sealed interface Statement extends Node
        permits Declaration, TypeDeclaration, DbrpStatement, ExpressionStatement {
    String comment();
}

package dev.kapacitor.tickscript.ast;

/**
 * A top-level statement. {@code comment} is the text of the // lines just above it, or null:
 * one entry per line without the "//" and one following space, joined by '\n'; comment blocks
 * separated by a blank line are joined by "\n\n\n". This is Kapacitor's CommentString, which
 * becomes the description of a var.
 */
public sealed interface Statement extends Node
        permits Declaration, TypeDeclaration, DbrpStatement, ExpressionStatement {
    String comment();
}

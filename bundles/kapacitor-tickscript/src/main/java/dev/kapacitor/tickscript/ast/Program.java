package dev.kapacitor.tickscript.ast;

import java.util.List;

/**
 * A whole script: its statements in order. {@code trailingComment} is the text of the //
 * lines after the last statement, or null; only the formatter uses it.
 */
public record Program(List<Statement> statements, String trailingComment) {

    public Program(List<Statement> statements) {
        this(statements, null);
    }
}

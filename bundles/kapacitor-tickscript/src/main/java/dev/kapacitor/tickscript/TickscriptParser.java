package dev.kapacitor.tickscript;

import dev.kapacitor.tickscript.ast.Program;

/** Parses TICKscript source into a {@link Program}. Thread-safe. */
public final class TickscriptParser {
    private TickscriptParser() {
    }

    /** @throws TickscriptSyntaxException naming line, column and what was expected */
    public static Program parse(String script) {
        throw new UnsupportedOperationException("parser not written yet");
    }
}

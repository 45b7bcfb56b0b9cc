package dev.kapacitor.tickscript;

import dev.kapacitor.tickscript.ast.Expr;
import dev.kapacitor.tickscript.ast.Program;
import dev.kapacitor.tickscript.parser.Parsing;

/** Parses TICKscript source, as Kapacitor 1.5 accepts it, into the AST. Thread-safe. */
public final class TickscriptParser {
    private TickscriptParser() {
    }

    /**
     * Parses a whole script.
     *
     * @throws TickscriptSyntaxException at the first error, naming line, column, what was
     *         found and what was expected
     */
    public static Program parse(String script) {
        return new Parsing(script).program();
    }

    /**
     * Parses a lambda expression without the {@code lambda:} keyword, such as the
     * {@code match} of a topic handler (Kapacitor's ParseLambda).
     *
     * @throws TickscriptSyntaxException at the first error
     */
    public static Expr parseLambda(String expression) {
        return new Parsing(expression).lambdaBody();
    }
}

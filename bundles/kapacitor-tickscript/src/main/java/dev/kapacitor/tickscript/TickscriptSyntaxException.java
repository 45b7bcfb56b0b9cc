package dev.kapacitor.tickscript;

import dev.kapacitor.tickscript.ast.Position;

/**
 * A script that does not parse. The message is worded like Kapacitor's parser errors and
 * names position, what was found and what was expected, e.g.
 * {@code parser: unexpected ) line 4 char 34 in "var period)". expected: "identifier"}.
 * Kapacitor's HTTP API answers a define with it as {@code "invalid TICKscript: " + message}.
 */
public class TickscriptSyntaxException extends RuntimeException {
    private final Position position;
    private final String reason;

    /** {@code reason} should name the position (as {@code line L char C}); if not, it is prefixed. */
    public TickscriptSyntaxException(Position position, String reason) {
        super("parser: " + (reason.contains(position.toString()) ? reason : position + ": " + reason));
        this.position = position;
        this.reason = reason;
    }

    public Position position() {
        return position;
    }

    /** The message without the "parser: " prefix. */
    public String reason() {
        return reason;
    }
}

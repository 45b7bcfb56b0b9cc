package dev.kapacitor.tickscript;

import dev.kapacitor.tickscript.ast.Position;

/**
 * A script that does not parse. The message names line and column and what was expected,
 * e.g. {@code line 3 char 5: unexpected ')' expected an expression}.
 */
public class TickscriptSyntaxException extends RuntimeException {
    private final Position position;
    private final String reason;

    public TickscriptSyntaxException(Position position, String reason) {
        super(position + ": " + reason);
        this.position = position;
        this.reason = reason;
    }

    public Position position() {
        return position;
    }

    /** The message without the position prefix. */
    public String reason() {
        return reason;
    }
}

package dev.kapacitor.engine.lambda;

import dev.kapacitor.tickscript.ast.Position;

/**
 * A lambda that cannot work for any point, found when the task is defined: an unknown
 * function or variable, arguments no signature accepts, operand types the operator table
 * refuses. The message is {@code line L char C: reason}, as Kapacitor words its errors.
 */
public class LambdaCompileException extends RuntimeException {
    private final transient Position position;
    private final String reason;

    public LambdaCompileException(Position position, String reason) {
        super(position == null ? reason : position + ": " + reason);
        this.position = position;
        this.reason = reason;
    }

    /** Where the offending expression starts, or null when unknown. */
    public Position position() {
        return position;
    }

    /** The message without the position prefix. */
    public String reason() {
        return reason;
    }
}

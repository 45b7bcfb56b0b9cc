package dev.kapacitor.engine.pipeline;

import dev.kapacitor.tickscript.ast.Position;

/**
 * A script that parses but does not describe a valid pipeline. The message is what Kapacitor
 * reports after "invalid TICKscript: ", prefixed with the position when one is known.
 */
public class SpecException extends RuntimeException {
    public SpecException(String message) {
        super(message, null, false, false);
    }

    public static SpecException at(Position position, String reason) {
        return new SpecException(position == null ? reason : position + ": " + reason);
    }
}

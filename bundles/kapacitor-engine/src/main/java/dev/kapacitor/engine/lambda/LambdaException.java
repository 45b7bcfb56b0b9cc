package dev.kapacitor.engine.lambda;

/** A lambda that failed on one point: the message says why, as Kapacitor words it. */
public class LambdaException extends RuntimeException {
    public LambdaException(String message) {
        super(message, null, false, false);
    }
}

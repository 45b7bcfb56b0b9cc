package dev.kapacitor.engine.lambda;

import dev.kapacitor.api.model.FieldType;
import dev.kapacitor.api.model.Fields;
import dev.kapacitor.api.model.Point;

/**
 * A lambda compiled once per task. An instance holds the state of stateful functions
 * (sigma, count, spread), so the engine takes one instance per group from
 * {@link LambdaFactory#newInstance()}. Not thread-safe; each group is evaluated by one thread.
 * Evaluation errors (type mismatch, missing field, field and tag of the same name) throw
 * {@link LambdaException}; the node counts them and drops the point.
 */
public interface CompiledLambda {
    /** Evaluates a boolean lambda (where, alert levels, stateCount...). */
    boolean test(Point point);

    /** Evaluates and stores the result as field {@code name} in {@code out}, unboxed where the type allows. */
    void evalInto(Point point, Fields.Builder out, String name);

    /** Evaluates to a boxed Double, Long, String or Boolean (durations come out as Long ns). */
    Object eval(Point point);

    /** The result type if known at compile time, else null. */
    FieldType resultType();
}

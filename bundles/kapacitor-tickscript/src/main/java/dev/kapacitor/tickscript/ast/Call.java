package dev.kapacitor.tickscript.ast;

import java.util.List;

/**
 * A function call. Inside a {@link Chain} its kind is CHAIN, PROPERTY or DYNAMIC; on its own
 * (in lambdas, or time() in a query's groupBy) it is GLOBAL. Position is that of the name.
 * <p>
 * {@code args} is null for a property read without parentheses, {@code x.name} (kind
 * PROPERTY, or DYNAMIC for {@code x@name}), which Kapacitor's parser accepts and evaluates as
 * reading the property; {@code .name()} has an empty list.
 * <p>
 * {@code comment} is the text of the // lines just above the {@code |}, {@code .} or
 * {@code @} of a chained call (also those between the operator and the name, and those
 * inside its arguments that no inner chained call owns); always null for GLOBAL calls.
 * <p>
 * {@code multiLine} (formatter only): the last argument started on a later line than the
 * name, so the formatter puts each argument on its own line.
 */
public record Call(Position position, CallKind kind, String name, List<Expr> args, String comment, boolean multiLine)
        implements Expr {

    /** On one line. */
    public Call(Position position, CallKind kind, String name, List<Expr> args, String comment) {
        this(position, kind, name, args, comment, false);
    }

    /** A property read without parentheses: {@code .name}. */
    public boolean isPropertyRead() {
        return args == null;
    }
}

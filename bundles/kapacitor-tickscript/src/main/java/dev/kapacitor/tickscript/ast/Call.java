package dev.kapacitor.tickscript.ast;

import java.util.List;

/**
 * A function call. Inside a {@link Chain} its kind is CHAIN, PROPERTY or DYNAMIC; on its own
 * (in lambdas, or time() in a query's groupBy) it is GLOBAL. {@code comment} is the text of
 * the // lines just above it, or null.
 */
public record Call(Position position, CallKind kind, String name, List<Expr> args, String comment) implements Expr {
}

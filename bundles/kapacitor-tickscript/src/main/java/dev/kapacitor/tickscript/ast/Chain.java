package dev.kapacitor.tickscript.ast;

/**
 * {@code receiver |call()}, {@code receiver .call()} or {@code receiver @call()}; position is
 * that of the operator. The call's kind says which operator it was.
 */
public record Chain(Position position, Expr receiver, Call call) implements Expr {
}

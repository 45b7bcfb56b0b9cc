package dev.kapacitor.tickscript.ast;

/** {@code receiver |call()}, {@code receiver .call()} or {@code receiver @call()}. */
public record Chain(Position position, Expr receiver, Call call) implements Expr {
}

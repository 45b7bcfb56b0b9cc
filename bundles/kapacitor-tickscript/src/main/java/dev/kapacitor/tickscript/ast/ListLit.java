package dev.kapacitor.tickscript.ast;

import java.util.List;

/** {@code [a, 'b', *]}. */
public record ListLit(Position position, List<Expr> items) implements Expr {
}

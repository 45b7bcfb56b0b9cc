package dev.kapacitor.tickscript.ast;

/**
 * {@code left op right}; position is that of the operator. {@code parens} and {@code multiLine}
 * only serve the formatter, which keeps them as Kapacitor does: the source had parentheses
 * around this expression, the right operand started on a later line than the left one.
 */
public record Binary(Position position, Operator op, Expr left, Expr right, boolean parens, boolean multiLine)
        implements Expr {

    /** Without parentheses, on one line. */
    public Binary(Position position, Operator op, Expr left, Expr right) {
        this(position, op, left, right, false, false);
    }

    /** The same expression inside parentheses. */
    public Binary parenthesized() {
        return new Binary(position, op, left, right, true, multiLine);
    }
}

package dev.kapacitor.tickscript.ast;

/** Lambda operators; {@code precedence} as Kapacitor's parser (higher binds tighter). */
public enum Operator {
    OR("OR", 0), AND("AND", 1),
    EQ("==", 2), NE("!=", 2), REGEX_MATCH("=~", 2), REGEX_NOT_MATCH("!~", 2),
    GT(">", 3), GE(">=", 3), LT("<", 3), LE("<=", 3),
    PLUS("+", 4), MINUS("-", 4),
    MULT("*", 5), DIV("/", 5), MOD("%", 5),
    /** unary only */
    NOT("!", 6);

    private final String symbol;
    private final int precedence;

    Operator(String symbol, int precedence) {
        this.symbol = symbol;
        this.precedence = precedence;
    }

    public String symbol() {
        return symbol;
    }

    public int precedence() {
        return precedence;
    }
}

package dev.kapacitor.tickscript.parser;

import static dev.kapacitor.tickscript.parser.TickScriptLexer.*;

import dev.kapacitor.tickscript.TickscriptSyntaxException;
import dev.kapacitor.tickscript.ast.Position;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Builds syntax errors worded like Kapacitor's parser:
 * {@code unexpected ) line 3 char 12 in "var period)". expected: "identifier"}.
 */
final class SyntaxErrors {
    /** The order in which expected tokens are listed: operands first, as Kapacitor does. */
    private static final int[] LISTING_ORDER = {
        NUMBER, STRING, TRIPLE_STRING, DURATION, IDENT, TRUE, FALSE, REFERENCE, REGEX, STAR, LAMBDA,
        LSBRACKET, LPAREN, MINUS, NOT, RPAREN, RSBRACKET, COMMA, ASGN, DOT, PIPE, AT, VAR, DBRP,
        MULT, DIV, MOD, PLUS, GT, GE, LT, LE, EQ, NE, REGEX_EQ, REGEX_NE, AND, OR, EOF,
    };
    private static final IntervalSet BINARY_OPERATORS =
            new IntervalSet(MULT, DIV, MOD, PLUS, GT, GE, LT, LE, EQ, NE, REGEX_EQ, REGEX_NE, AND, OR);

    private final Source source;

    SyntaxErrors(Source source) {
        this.source = source;
    }

    TickscriptSyntaxException unexpected(Token token, IntervalSet expected) {
        return unexpected(token, describe(expected));
    }

    /** {@code expected} is already worded, e.g. {@code "identifier","string","*"}. */
    TickscriptSyntaxException unexpected(Token token, String expected) {
        return at(token, "unexpected " + found(token), expected.isEmpty() ? "" : ". expected: " + expected);
    }

    /** {@code what line L char C in "excerpt"} followed by {@code tail}. */
    TickscriptSyntaxException at(Token token, String what, String tail) {
        Position position = source.position(token);
        String reason = what + " " + position + " in \"" + source.excerpt(token) + "\"" + tail;
        return new TickscriptSyntaxException(position, reason);
    }

    /** What Kapacitor calls a token in "unexpected ...": its kind, or its text for punctuation. */
    static String found(Token token) {
        return token.getType() == LEX_ERROR ? token.getText() : name(token.getType());
    }

    static String name(int type) {
        return switch (type) {
            case Token.EOF -> "EOF";
            case IDENT -> "identifier";
            case REFERENCE -> "reference";
            case DURATION -> "duration";
            case LAMBDA -> "lambda";
            case NUMBER -> "number";
            case STRING, TRIPLE_STRING -> "string";
            case REGEX -> "regex";
            case COMMENT -> "//";
            default -> {
                String literal = VOCABULARY.getLiteralName(type);
                yield literal == null ? VOCABULARY.getDisplayName(type) : literal.substring(1, literal.length() - 1);
            }
        };
    }

    /**
     * Lists the expected tokens, quoted and comma-separated as Kapacitor does. Three or more
     * binary operators are summed up as "an operator": after an operand they are all possible
     * and listing them hides what matters.
     */
    static String describe(IntervalSet expected) {
        Set<String> names = new LinkedHashSet<>();
        List<String> operators = new ArrayList<>();
        boolean operandExpected = expected.contains(NOT);
        for (int type : LISTING_ORDER) {
            if (!expected.contains(type)) {
                continue;
            }
            boolean operator = BINARY_OPERATORS.contains(type) || (type == MINUS && !operandExpected);
            if (operator) {
                operators.add(name(type));
            } else {
                names.add(name(type));
            }
        }
        List<String> quoted = new ArrayList<>();
        names.forEach(n -> quoted.add('"' + n + '"'));
        if (operators.size() >= 3) {
            return String.join(",", quoted) + (quoted.isEmpty() ? "an operator" : " or an operator");
        }
        operators.forEach(n -> quoted.add('"' + n + '"'));
        return String.join(",", quoted);
    }
}

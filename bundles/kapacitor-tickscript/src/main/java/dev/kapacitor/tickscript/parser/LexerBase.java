package dev.kapacitor.tickscript.parser;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;

/**
 * The state Kapacitor's lexer keeps that a plain ANTLR lexer does not: whether the previous
 * token ended an operand. Kapacitor only lexes binary operators right after an operand
 * ({@code tryLexBinaryOperator}); elsewhere '/' opens a regex and '*' is a star. The grammar
 * always lexes a regex and a star; here they become a division (lexing resumes after the
 * '/') and a multiplication when an operand precedes them.
 * <p>
 * Also turns the catch-all tokens into LEX_ERROR tokens whose text says what is wrong, in
 * Kapacitor's words, so the parser reports them at their position like any unexpected token.
 */
abstract class LexerBase extends Lexer {
    private int previousType = Token.INVALID_TYPE;

    protected LexerBase(CharStream input) {
        super(input);
    }

    @Override
    public Token nextToken() {
        Token token = super.nextToken();
        if (afterOperand()) {
            if (token.getType() == TickScriptLexer.REGEX) {
                token = division(token);
            } else if (token.getType() == TickScriptLexer.STAR) {
                token = retyped(token, TickScriptLexer.MULT, null);
            }
        }
        String error = lexicalError(token);
        if (error != null) {
            token = retyped(token, TickScriptLexer.LEX_ERROR, error);
        }
        previousType = token.getType();
        return token;
    }

    /** After an operand '/' divides: keep its first character and lex the rest again. */
    private Token division(Token regex) {
        CommonToken slash = new CommonToken(regex);
        slash.setType(TickScriptLexer.DIV);
        slash.setStopIndex(regex.getStartIndex());
        slash.setText("/");
        _input.seek(regex.getStartIndex() + 1);
        getInterpreter().setLine(regex.getLine());
        getInterpreter().setCharPositionInLine(regex.getCharPositionInLine() + 1);
        return slash;
    }

    private static Token retyped(Token token, int type, String text) {
        CommonToken replaced = new CommonToken(token);
        replaced.setType(type);
        if (text != null) {
            replaced.setText(text);
        }
        return replaced;
    }

    /** True when the previous token ends an operand, so '/' divides and '*' multiplies. */
    private boolean afterOperand() {
        switch (previousType) {
            case TickScriptLexer.RPAREN, TickScriptLexer.IDENT, TickScriptLexer.NUMBER,
                    TickScriptLexer.DURATION, TickScriptLexer.STRING, TickScriptLexer.TRIPLE_STRING,
                    TickScriptLexer.REFERENCE, TickScriptLexer.VAR, TickScriptLexer.DBRP,
                    TickScriptLexer.TRUE, TickScriptLexer.FALSE, TickScriptLexer.AND,
                    TickScriptLexer.OR, TickScriptLexer.LAMBDA:
                return true;
            default:
                return false;
        }
    }

    private String lexicalError(Token token) {
        switch (token.getType()) {
            case TickScriptLexer.ERROR_CHAR:
                return switch (token.getText()) {
                    case "'" -> "unterminated string";
                    case "\"" -> "unterminated field reference";
                    default -> "character '" + token.getText() + "'";
                };
            case TickScriptLexer.BAD_NUMBER:
                return "multiple decimals in number";
            case TickScriptLexer.DIV:
                // the grammar lexes '/' alone only when no regex closes: one was due here
                return afterOperand() ? null : "unterminated regex";
            default:
                return null;
        }
    }
}

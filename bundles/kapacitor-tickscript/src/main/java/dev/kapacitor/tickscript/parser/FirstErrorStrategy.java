package dev.kapacitor.tickscript.parser;

import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;

/**
 * Stops at the first syntax error, as Kapacitor does, and throws it with the token found and
 * the tokens expected there. ANTLR's recovery (deleting or inventing tokens) would only report
 * follow-on errors that confuse.
 */
final class FirstErrorStrategy extends DefaultErrorStrategy {
    private final SyntaxErrors errors;

    FirstErrorStrategy(SyntaxErrors errors) {
        this.errors = errors;
    }

    @Override
    public void reportError(Parser parser, RecognitionException e) {
        Token found = e.getOffendingToken() != null ? e.getOffendingToken() : parser.getCurrentToken();
        throw errors.unexpected(found, e.getExpectedTokens());
    }

    @Override
    protected void reportUnwantedToken(Parser parser) {
        throw errors.unexpected(parser.getCurrentToken(), getExpectedTokens(parser));
    }

    @Override
    protected void reportMissingToken(Parser parser) {
        throw errors.unexpected(parser.getCurrentToken(), getExpectedTokens(parser));
    }

    @Override
    public Token recoverInline(Parser parser) {
        throw errors.unexpected(parser.getCurrentToken(), getExpectedTokens(parser));
    }

    @Override
    public void recover(Parser parser, RecognitionException e) {
        throw new IllegalStateException("reportError always throws", e);
    }

}

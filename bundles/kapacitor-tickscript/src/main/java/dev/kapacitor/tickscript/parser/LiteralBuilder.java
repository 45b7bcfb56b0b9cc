package dev.kapacitor.tickscript.parser;

import dev.kapacitor.tickscript.ast.BoolLit;
import dev.kapacitor.tickscript.ast.DurationLit;
import dev.kapacitor.tickscript.ast.Expr;
import dev.kapacitor.tickscript.ast.FloatLit;
import dev.kapacitor.tickscript.ast.Identifier;
import dev.kapacitor.tickscript.ast.IntLit;
import dev.kapacitor.tickscript.ast.Position;
import dev.kapacitor.tickscript.ast.Reference;
import dev.kapacitor.tickscript.ast.RegexLit;
import dev.kapacitor.tickscript.ast.Star;
import dev.kapacitor.tickscript.ast.StringLit;
import org.antlr.v4.runtime.Token;

/** Builds the literal nodes (and list-item identifiers) from single tokens. */
final class LiteralBuilder {
    private final Source source;
    private final SyntaxErrors errors;

    LiteralBuilder(Source source, SyntaxErrors errors) {
        this.source = source;
        this.errors = errors;
    }

    Expr literal(Token token) {
        Position position = source.position(token);
        String text = token.getText();
        try {
            return switch (token.getType()) {
                case TickScriptLexer.NUMBER -> text.indexOf('.') >= 0
                        ? new FloatLit(position, Literals.decimal(text), text)
                        : new IntLit(position, Literals.integer(text), text);
                case TickScriptLexer.DURATION -> new DurationLit(position, Literals.durationNanos(text), text);
                case TickScriptLexer.STRING -> new StringLit(position, Literals.singleQuoted(text), false);
                case TickScriptLexer.TRIPLE_STRING -> new StringLit(position, Literals.tripleQuoted(text), true);
                case TickScriptLexer.TRUE -> new BoolLit(position, true);
                case TickScriptLexer.FALSE -> new BoolLit(position, false);
                case TickScriptLexer.REGEX -> new RegexLit(position, Literals.regex(text));
                case TickScriptLexer.STAR -> new Star(position);
                case TickScriptLexer.REFERENCE -> new Reference(position, Literals.reference(text));
                case TickScriptLexer.IDENT -> new Identifier(position, text);
                default -> throw new IllegalStateException("not a literal: " + text);
            };
        } catch (IllegalArgumentException e) {
            throw errors.at(token, e.getMessage(), "");
        }
    }
}

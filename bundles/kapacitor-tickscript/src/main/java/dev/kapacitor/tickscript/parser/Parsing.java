package dev.kapacitor.tickscript.parser;

import dev.kapacitor.tickscript.ast.Expr;
import dev.kapacitor.tickscript.ast.Program;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;

/** Runs lexer, parser and AST builder over one script; a new instance per parse. */
public final class Parsing {
    private final Source source;
    private final SyntaxErrors errors;
    private final CommonTokenStream tokens;
    private final TickScriptParser parser;

    public Parsing(String script) {
        source = new Source(script);
        errors = new SyntaxErrors(source);
        TickScriptLexer lexer = new TickScriptLexer(CharStreams.fromString(script));
        lexer.removeErrorListeners();
        tokens = new CommonTokenStream(lexer);
        parser = new TickScriptParser(tokens);
        parser.removeErrorListeners();
        parser.setErrorHandler(new FirstErrorStrategy(errors));
    }

    public Program program() {
        TickScriptParser.ProgramContext tree = parser.program();
        tokens.fill();
        return new AstBuilder(source, errors, new Comments(tree, tokens.getTokens())).program(tree);
    }

    public Expr lambdaBody() {
        TickScriptParser.LambdaOnlyContext tree = parser.lambdaOnly();
        tokens.fill();
        return new AstBuilder(source, errors, new Comments(tree, tokens.getTokens())).lambdaBody(tree.operation());
    }
}

package dev.kapacitor.tickscript.parser;

import dev.kapacitor.tickscript.ast.Binary;
import dev.kapacitor.tickscript.ast.Call;
import dev.kapacitor.tickscript.ast.CallKind;
import dev.kapacitor.tickscript.ast.Chain;
import dev.kapacitor.tickscript.ast.DbrpStatement;
import dev.kapacitor.tickscript.ast.Declaration;
import dev.kapacitor.tickscript.ast.Expr;
import dev.kapacitor.tickscript.ast.ExpressionStatement;
import dev.kapacitor.tickscript.ast.Identifier;
import dev.kapacitor.tickscript.ast.Lambda;
import dev.kapacitor.tickscript.ast.ListLit;
import dev.kapacitor.tickscript.ast.Program;
import dev.kapacitor.tickscript.ast.Statement;
import dev.kapacitor.tickscript.ast.TypeDeclaration;
import dev.kapacitor.tickscript.ast.Operator;
import dev.kapacitor.tickscript.ast.Position;
import dev.kapacitor.tickscript.ast.Unary;
import dev.kapacitor.tickscript.parser.TickScriptParser.ArgumentsContext;
import dev.kapacitor.tickscript.parser.TickScriptParser.BinaryContext;
import dev.kapacitor.tickscript.parser.TickScriptParser.DbrpStatementContext;
import dev.kapacitor.tickscript.parser.TickScriptParser.ExprStatementContext;
import dev.kapacitor.tickscript.parser.TickScriptParser.ExpressionContext;
import dev.kapacitor.tickscript.parser.TickScriptParser.IdentOrCallContext;
import dev.kapacitor.tickscript.parser.TickScriptParser.LambdaContext;
import dev.kapacitor.tickscript.parser.TickScriptParser.LinkContext;
import dev.kapacitor.tickscript.parser.TickScriptParser.ListContext;
import dev.kapacitor.tickscript.parser.TickScriptParser.ListItemContext;
import dev.kapacitor.tickscript.parser.TickScriptParser.LiteralPrimaryContext;
import dev.kapacitor.tickscript.parser.TickScriptParser.OperandContext;
import dev.kapacitor.tickscript.parser.TickScriptParser.OperationContext;
import dev.kapacitor.tickscript.parser.TickScriptParser.ParensContext;
import dev.kapacitor.tickscript.parser.TickScriptParser.PlainContext;
import dev.kapacitor.tickscript.parser.TickScriptParser.PrimaryContext;
import dev.kapacitor.tickscript.parser.TickScriptParser.ProgramContext;
import dev.kapacitor.tickscript.parser.TickScriptParser.StatementContext;
import dev.kapacitor.tickscript.parser.TickScriptParser.UnaryContext;
import dev.kapacitor.tickscript.parser.TickScriptParser.VarStatementContext;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Turns the parse tree into the AST records, and rejects what the grammar lets through but
 * Kapacitor does not: a chain that is not a whole expression (inside a lambda, parentheses or
 * as an operand), lambdas and lists as arguments of a function inside a lambda, empty list
 * items or arguments, unknown var types and invalid literal values.
 */
final class AstBuilder {
    private static final List<String> VAR_TYPES =
            List.of("int", "float", "bool", "string", "regex", "duration", "lambda", "list", "star");

    private final Source source;
    private final SyntaxErrors errors;
    private final Comments comments;
    private final LiteralBuilder literals;
    /** How many lambdas enclose the expression being built. */
    private int lambdaDepth;

    AstBuilder(Source source, SyntaxErrors errors, Comments comments) {
        this.source = source;
        this.errors = errors;
        this.comments = comments;
        this.literals = new LiteralBuilder(source, errors);
    }

    Program program(ProgramContext tree) {
        List<Statement> statements = new ArrayList<>(tree.statement().size());
        for (StatementContext statement : tree.statement()) {
            statements.add(statement(statement));
        }
        return new Program(List.copyOf(statements), comments.of(tree));
    }

    /** A lambda body on its own, as in a topic handler's match expression. */
    Expr lambdaBody(OperationContext body) {
        lambdaDepth++;
        return operation(body, false);
    }

    private Statement statement(StatementContext statement) {
        Position position = source.position(statement.getStart());
        String comment = comments.of(statement);
        if (statement instanceof VarStatementContext var) {
            String name = var.name.getText();
            if (var.type == null) {
                return new Declaration(position, name, expression(var.expression()), comment);
            }
            if (!VAR_TYPES.contains(var.type.getText())) {
                throw errors.at(var.type, "invalid var type \"" + var.type.getText() + "\"",
                        ". expected one of: " + String.join(", ", VAR_TYPES));
            }
            return new TypeDeclaration(position, name, var.type.getText(), comment);
        }
        if (statement instanceof DbrpStatementContext dbrp) {
            return new DbrpStatement(position, Literals.reference(dbrp.db.getText()),
                    Literals.reference(dbrp.rp.getText()), comment);
        }
        return new ExpressionStatement(position, expression(((ExprStatementContext) statement).expression()), comment);
    }

    /** A whole expression: the only place where a chain, a lambda or a list may stand. */
    private Expr expression(ExpressionContext expression) {
        if (expression instanceof LambdaContext lambda) {
            lambdaDepth++;
            try {
                return new Lambda(source.position(lambda.LAMBDA().getSymbol()), operation(lambda.operation(), false));
            } finally {
                lambdaDepth--;
            }
        }
        if (expression instanceof ListContext list) {
            return list(list);
        }
        return operation(((PlainContext) expression).operation(), true);
    }

    private Expr list(ListContext list) {
        List<Expr> items = new ArrayList<>(list.listItem().size());
        forEachItem(list, 1, list.getChildCount() - 1, "\"identifier\",\"string\",\"*\"",
                item -> items.add(literals.literal(((ListItemContext) item).getStart())));
        return new ListLit(source.position(list.getStart()), List.copyOf(items));
    }

    /**
     * Visits the items between {@code from} and {@code to} (exclusive) of a comma-separated
     * sequence that may end with a comma but has no empty item in the middle.
     */
    private void forEachItem(ParseTree parent, int from, int to, String expected,
            Consumer<ParseTree> visit) {
        boolean afterComma = false;
        for (int i = from; i < to; i++) {
            ParseTree child = parent.getChild(i);
            boolean comma = child instanceof TerminalNode terminal && terminal.getSymbol().getType() == TickScriptLexer.COMMA;
            if (comma && afterComma) {
                throw errors.unexpected(((TerminalNode) child).getSymbol(), expected);
            }
            if (!comma) {
                visit.accept(child);
            }
            afterComma = comma;
        }
    }

    /** {@code whole}: the operation is a whole expression, so it may be a chain. */
    private Expr operation(OperationContext operation, boolean whole) {
        if (operation instanceof OperandContext operand) {
            return primary(operand.primary(), whole);
        }
        BinaryContext binary = (BinaryContext) operation;
        Expr left = operation(binary.operation(0), false);
        Expr right = operation(binary.operation(1), false);
        boolean multiLine = right.position().line() > left.position().line();
        return new Binary(source.position(binary.op), operator(binary.op), left, right, false, multiLine);
    }

    private Expr primary(PrimaryContext primary, boolean whole) {
        if (primary instanceof ParensContext parens) {
            Expr inner = operation(parens.operation(), false);
            return inner instanceof Binary binary ? binary.parenthesized() : inner;
        }
        if (primary instanceof UnaryContext unary) {
            return new Unary(source.position(unary.op), operator(unary.op), primary(unary.primary(), false));
        }
        if (primary instanceof LiteralPrimaryContext literal) {
            return literals.literal(literal.getStart());
        }
        return identOrCall((IdentOrCallContext) primary, whole);
    }

    private Expr identOrCall(IdentOrCallContext context, boolean whole) {
        Token name = context.IDENT().getSymbol();
        Expr result = context.LPAREN() == null
                ? new Identifier(source.position(name), name.getText())
                : call(name, CallKind.GLOBAL, context.arguments(), null);
        for (LinkContext link : context.link()) {
            if (!whole || lambdaDepth > 0) {
                throw errors.at(link.op, "unexpected " + link.op.getText(), lambdaDepth > 0
                        ? ". a chain cannot be used inside a lambda expression"
                        : ". a chain cannot be an operand or be in parentheses");
            }
            Call call = link.LPAREN() == null
                    ? new Call(source.position(link.name), kind(link.op), link.name.getText(), null,
                            comments.of(link), false)
                    : call(link.name, kind(link.op), link.arguments(), comments.of(link));
            result = new Chain(source.position(link.op), result, call);
        }
        return result;
    }

    private Call call(Token name, CallKind kind, ArgumentsContext arguments, String comment) {
        List<Expr> args = new ArrayList<>(arguments.getChildCount());
        forEachItem(arguments, 0, arguments.getChildCount(), "an expression", child -> args.add(argument(child)));
        Position position = source.position(name);
        boolean multiLine = !args.isEmpty() && args.get(args.size() - 1).position().line() > position.line();
        return new Call(position, kind, name.getText(), List.copyOf(args), comment, multiLine);
    }

    /** Inside a lambda, function arguments are lambda expressions: no lambda or list. */
    private Expr argument(ParseTree child) {
        ExpressionContext argument = (ExpressionContext) child;
        if (lambdaDepth > 0 && !(argument instanceof PlainContext)) {
            Token start = argument.getStart();
            throw errors.at(start, "unexpected " + SyntaxErrors.found(start),
                    ". a lambda or list cannot be a function argument inside a lambda expression");
        }
        return expression(argument);
    }

    private static CallKind kind(Token op) {
        return switch (op.getType()) {
            case TickScriptLexer.PIPE -> CallKind.CHAIN;
            case TickScriptLexer.DOT -> CallKind.PROPERTY;
            default -> CallKind.DYNAMIC;
        };
    }

    private static Operator operator(Token op) {
        return switch (op.getType()) {
            case TickScriptLexer.OR -> Operator.OR;
            case TickScriptLexer.AND -> Operator.AND;
            case TickScriptLexer.EQ -> Operator.EQ;
            case TickScriptLexer.NE -> Operator.NE;
            case TickScriptLexer.REGEX_EQ -> Operator.REGEX_MATCH;
            case TickScriptLexer.REGEX_NE -> Operator.REGEX_NOT_MATCH;
            case TickScriptLexer.GT -> Operator.GT;
            case TickScriptLexer.GE -> Operator.GE;
            case TickScriptLexer.LT -> Operator.LT;
            case TickScriptLexer.LE -> Operator.LE;
            case TickScriptLexer.PLUS -> Operator.PLUS;
            case TickScriptLexer.MINUS -> Operator.MINUS;
            case TickScriptLexer.MULT -> Operator.MULT;
            case TickScriptLexer.DIV -> Operator.DIV;
            case TickScriptLexer.MOD -> Operator.MOD;
            case TickScriptLexer.NOT -> Operator.NOT;
            default -> throw new IllegalStateException("not an operator: " + op.getText());
        };
    }
}

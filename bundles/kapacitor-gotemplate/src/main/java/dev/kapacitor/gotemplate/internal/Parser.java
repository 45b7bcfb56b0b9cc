package dev.kapacitor.gotemplate.internal;

import dev.kapacitor.api.gofmt.GoQuote;

import dev.kapacitor.gotemplate.TemplateException;
import dev.kapacitor.gotemplate.internal.Ast.Arg;
import dev.kapacitor.gotemplate.internal.Ast.Command;
import dev.kapacitor.gotemplate.internal.Ast.Node;
import dev.kapacitor.gotemplate.internal.Ast.Pipe;
import dev.kapacitor.gotemplate.internal.Token.Kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Go text/template's parser: the same grammar, checks and error messages. */
final class Parser {
    private final Source source;
    private final List<Token> tokens;
    private final Set<String> functions;
    private final List<String> vars = new ArrayList<>(List.of("$"));
    private int next;

    private Parser(Source source, List<Token> tokens, Set<String> functions) {
        this.source = source;
        this.tokens = tokens;
        this.functions = functions;
    }

    static List<Node> parse(Source source, Set<String> functions) throws TemplateException {
        Parser p = new Parser(source, Lexer.lex(source), functions);
        List<Node> root = new ArrayList<>();
        while (p.peek().kind() != Kind.EOF) {
            Node n = p.textOrAction();
            if (n instanceof Ast.Else || n instanceof Ast.End) {
                throw p.source.error(n.pos(), "unexpected " + n);
            }
            root.add(n);
        }
        return root;
    }

    /** The next item; the lexer's error when it is reached. */
    private Token peek() throws TemplateException {
        Token t = tokens.get(next);
        if (t.kind() == Kind.ERROR) {
            throw source.error(t.pos(), t.text());
        }
        return t;
    }

    private Token nextToken() throws TemplateException {
        Token t = peek();
        next++;
        return t;
    }

    private Token peekNonSpace() throws TemplateException {
        while (peek().kind() == Kind.SPACE) {
            next++;
        }
        return peek();
    }

    private Token nextNonSpace() throws TemplateException {
        peekNonSpace();
        return nextToken();
    }

    private TemplateException unexpected(Token t, String context) {
        return source.error(t.pos(), "unexpected " + t.describe() + " in " + context);
    }

    private Node textOrAction() throws TemplateException {
        Token t = nextNonSpace();
        return switch (t.kind()) {
            case TEXT -> new Ast.Text(t.text(), t.pos());
            case LEFT_DELIM -> action();
            default -> throw unexpected(t, "input");
        };
    }

    private Node action() throws TemplateException {
        Token t = nextNonSpace();
        if (t.kind() == Kind.KEYWORD) {
            switch (t.text()) {
                case "if" -> {
                    return control("if", true, t.pos());
                }
                case "range" -> {
                    return control("range", false, t.pos());
                }
                case "with" -> {
                    return control("with", false, t.pos());
                }
                case "else" -> {
                    Token peek = peekNonSpace();
                    if (peek.kind() == Kind.KEYWORD && peek.text().equals("if")) {
                        // {{else if ...}} is {{else}}{{if ...}}: leave the "if" pending
                        return new Ast.Else(peek.pos());
                    }
                    return new Ast.Else(expect(Kind.RIGHT_DELIM, "else").pos());
                }
                case "end" -> {
                    return new Ast.End(expect(Kind.RIGHT_DELIM, "end").pos());
                }
                default -> throw source.error(t.pos(), "{{" + t.text() + "}} is not supported");
            }
        }
        next--;
        int pos = t.pos();
        return new Ast.Action(pipeline("command", Kind.RIGHT_DELIM), pos);
    }

    private Token expect(Kind kind, String context) throws TemplateException {
        Token t = nextNonSpace();
        if (t.kind() != kind) {
            throw unexpected(t, context);
        }
        return t;
    }

    private Node control(String keyword, boolean allowElseIf, int pos) throws TemplateException {
        int depth = vars.size();
        try {
            Pipe pipe = pipeline(keyword, Kind.RIGHT_DELIM);
            List<Node> list = new ArrayList<>();
            Node end = itemList(list);
            List<Node> elseList = null;
            if (end instanceof Ast.Else) {
                elseList = new ArrayList<>();
                Token peek = peek();
                if (allowElseIf && peek.kind() == Kind.KEYWORD && peek.text().equals("if")) {
                    nextToken();
                    // the nested if consumes the only {{end}}
                    elseList.add(control("if", true, peek.pos()));
                } else {
                    Node after = itemList(elseList);
                    if (!(after instanceof Ast.End)) {
                        throw source.error(after.pos(), "expected end; found " + after);
                    }
                }
            }
            return new Ast.Branch(keyword, pipe, list, elseList, pos);
        } finally {
            vars.subList(depth, vars.size()).clear();
        }
    }

    /** Parses nodes into {@code list} up to an {@code {{else}}} or {@code {{end}}}, returned. */
    private Node itemList(List<Node> list) throws TemplateException {
        while (peekNonSpace().kind() != Kind.EOF) {
            Node n = textOrAction();
            if (n instanceof Ast.Else || n instanceof Ast.End) {
                return n;
            }
            list.add(n);
        }
        throw source.error(peek().pos(), "unexpected EOF");
    }

    private Pipe pipeline(String context, Kind end) throws TemplateException {
        int pos = peekNonSpace().pos();
        List<Ast.Variable> decl = new ArrayList<>();
        boolean assign = declarations(context, decl);
        List<Command> cmds = new ArrayList<>();
        while (true) {
            Token t = nextNonSpace();
            if (t.kind() == end) {
                checkPipeline(cmds, context, t);
                return new Pipe(decl, assign, cmds, pos);
            }
            switch (t.kind()) {
                case BOOL, CHAR, DOT, FIELD, IDENTIFIER, NUMBER, NIL, RAW_STRING, STRING, VARIABLE, LEFT_PAREN -> {
                    next--;
                    cmds.add(command());
                }
                default -> throw unexpected(t, context);
            }
        }
    }

    /** Reads {@code $x :=}, {@code $x =} or {@code $i, $x :=} (range only); true for {@code =}. */
    private boolean declarations(String context, List<Ast.Variable> decl) throws TemplateException {
        while (peekNonSpace().kind() == Kind.VARIABLE) {
            int mark = next;
            Token v = nextToken();
            Token after = peekNonSpace();
            if (after.kind() == Kind.ASSIGN || after.kind() == Kind.DECLARE) {
                nextToken();
                decl.add(new Ast.Variable(v.text(), List.of(), v.pos()));
                if (after.kind() == Kind.DECLARE) {
                    vars.add(v.text());
                } else {
                    useVar(v);
                }
                return after.kind() == Kind.ASSIGN;
            }
            if (after.kind() == Kind.COMMA) {
                nextToken();
                decl.add(new Ast.Variable(v.text(), List.of(), v.pos()));
                vars.add(v.text());
                if (context.equals("range") && decl.size() < 2) {
                    Kind k = peekNonSpace().kind();
                    if (k == Kind.VARIABLE || k == Kind.RIGHT_DELIM || k == Kind.RIGHT_PAREN) {
                        continue;
                    }
                    throw source.error(peek().pos(), "range can only initialize variables");
                }
                throw source.error(after.pos(), "too many declarations in " + context);
            }
            next = mark;
            return false;
        }
        return false;
    }

    private void checkPipeline(List<Command> cmds, String context, Token end) throws TemplateException {
        if (cmds.isEmpty()) {
            throw source.error(end.pos(), "missing value for " + context);
        }
        for (int i = 1; i < cmds.size(); i++) {
            Arg first = cmds.get(i).args().get(0);
            if (first instanceof Ast.Bool || first instanceof Ast.Dot || first instanceof Ast.Nil
                    || first instanceof Ast.Number || first instanceof Ast.Str) {
                throw source.error(first.pos(), "non executable command in pipeline stage " + (i + 1));
            }
        }
    }

    private Command command() throws TemplateException {
        int pos = peekNonSpace().pos();
        List<Arg> args = new ArrayList<>();
        while (true) {
            peekNonSpace();
            Arg operand = operand();
            if (operand != null) {
                args.add(operand);
            }
            Token t = nextToken();
            if (t.kind() == Kind.SPACE) {
                continue;
            }
            if (t.kind() == Kind.RIGHT_DELIM || t.kind() == Kind.RIGHT_PAREN) {
                next--;
            } else if (t.kind() != Kind.PIPE) {
                throw unexpected(t, "operand");
            }
            break;
        }
        if (args.isEmpty()) {
            throw source.error(pos, "empty command");
        }
        return new Command(args, pos);
    }

    private Arg operand() throws TemplateException {
        Arg node = term();
        if (node == null || peek().kind() != Kind.FIELD) {
            return node;
        }
        int pos = peek().pos();
        List<String> fields = new ArrayList<>();
        while (peek().kind() == Kind.FIELD) {
            fields.add(nextToken().text().substring(1));
        }
        if (node instanceof Ast.Field f) {
            List<String> all = new ArrayList<>(f.names());
            all.addAll(fields);
            return new Ast.Field(all, pos);
        }
        if (node instanceof Ast.Variable v) {
            List<String> all = new ArrayList<>(v.fields());
            all.addAll(fields);
            return new Ast.Variable(v.name(), all, pos);
        }
        if (node instanceof Ast.Bool || node instanceof Ast.Str || node instanceof Ast.Number
                || node instanceof Ast.Nil || node instanceof Ast.Dot) {
            throw source.error(pos, "unexpected . after term " + GoQuote.quote(node.toString()));
        }
        return new Ast.Chain(node, fields, pos);
    }

    private Arg term() throws TemplateException {
        Token t = nextNonSpace();
        switch (t.kind()) {
            case IDENTIFIER:
                if (!functions.contains(t.text())) {
                    throw source.error(t.pos(), "function " + GoQuote.quote(t.text()) + " not defined");
                }
                return new Ast.Identifier(t.text(), t.pos());
            case DOT:
                return new Ast.Dot(t.pos());
            case NIL:
                return new Ast.Nil(t.pos());
            case VARIABLE:
                useVar(t);
                return new Ast.Variable(t.text(), List.of(), t.pos());
            case FIELD:
                return new Ast.Field(List.of(t.text().substring(1)), t.pos());
            case BOOL:
                return new Ast.Bool(t.text().equals("true"), t.pos());
            case CHAR, NUMBER:
                return Numbers.parse(source, t);
            case LEFT_PAREN:
                return pipeline("parenthesized pipeline", Kind.RIGHT_PAREN);
            case STRING, RAW_STRING:
                String s = GoUnquote.unquote(t.text());
                if (s == null) {
                    throw source.error(t.pos(), "invalid syntax");
                }
                return new Ast.Str(t.text(), s, t.pos());
            default:
                next--;
                return null;
        }
    }

    private void useVar(Token v) throws TemplateException {
        String name = v.text();
        int dot = name.indexOf('.');
        String base = dot < 0 ? name : name.substring(0, dot);
        if (!vars.contains(base)) {
            throw source.error(v.pos(), "undefined variable " + GoQuote.quote(base));
        }
    }
}

package dev.kapacitor.tickscript;

import dev.kapacitor.tickscript.ast.Binary;
import dev.kapacitor.tickscript.ast.BoolLit;
import dev.kapacitor.tickscript.ast.Call;
import dev.kapacitor.tickscript.ast.CallKind;
import dev.kapacitor.tickscript.ast.Chain;
import dev.kapacitor.tickscript.ast.DbrpStatement;
import dev.kapacitor.tickscript.ast.Declaration;
import dev.kapacitor.tickscript.ast.DurationLit;
import dev.kapacitor.tickscript.ast.Expr;
import dev.kapacitor.tickscript.ast.ExpressionStatement;
import dev.kapacitor.tickscript.ast.FloatLit;
import dev.kapacitor.tickscript.ast.Identifier;
import dev.kapacitor.tickscript.ast.IntLit;
import dev.kapacitor.tickscript.ast.Lambda;
import dev.kapacitor.tickscript.ast.ListLit;
import dev.kapacitor.tickscript.ast.Program;
import dev.kapacitor.tickscript.ast.Reference;
import dev.kapacitor.tickscript.ast.RegexLit;
import dev.kapacitor.tickscript.ast.Star;
import dev.kapacitor.tickscript.ast.Statement;
import dev.kapacitor.tickscript.ast.StringLit;
import dev.kapacitor.tickscript.ast.TypeDeclaration;
import dev.kapacitor.tickscript.ast.Unary;
import java.util.List;

/**
 * Writes a program in Kapacitor's canonical form, the one {@code tickfmt} and the task API
 * ({@code script-format=formatted}, the default) produce: a blank line between statements,
 * each {@code |} or {@code @} call of a chain on its own line indented 4 spaces more than the
 * chain's start, {@code .} properties 8 more, arguments one per line when the last one started
 * on a later line, binary expressions broken where the source broke them and parenthesised
 * where the source was, strings re-quoted, comments kept above what they belong to.
 * Formatting a formatted script gives it back unchanged (see {@link LineBreaks} for the one
 * place where that needs more line breaks than Kapacitor's first pass).
 */
public final class TickscriptFormatter {
    private static final String INDENT = "    ";

    private final StringBuilder out = new StringBuilder();

    private TickscriptFormatter() {
    }

    public static String format(Program program) {
        TickscriptFormatter formatter = new TickscriptFormatter();
        formatter.program(program);
        return formatter.out.toString();
    }

    /** Parses and formats a script. */
    public static String format(String script) {
        return format(TickscriptParser.parse(script));
    }

    private void program(Program program) {
        List<Statement> statements = program.statements();
        for (int i = 0; i < statements.size(); i++) {
            if (i > 0) {
                out.append('\n');
            }
            statement(statements.get(i));
            out.append('\n');
        }
        if (program.trailingComment() != null) {
            if (!statements.isEmpty()) {
                out.append('\n');
            }
            comment(program.trailingComment(), "", true);
            out.append('\n');
        }
    }

    private void statement(Statement statement) {
        comment(statement.comment(), "", true);
        if (statement instanceof Declaration declaration) {
            out.append("var ").append(declaration.name()).append(" = ");
            expr(declaration.value(), "", false);
        } else if (statement instanceof TypeDeclaration declaration) {
            out.append("var ").append(declaration.name()).append(' ').append(declaration.type());
        } else if (statement instanceof DbrpStatement dbrp) {
            out.append("dbrp ");
            quoted(dbrp.db(), '"');
            out.append('.');
            quoted(dbrp.rp(), '"');
        } else {
            expr(((ExpressionStatement) statement).expr(), "", true);
        }
    }

    /**
     * Writes a comment (Kapacitor's CommentString) as // lines at {@code indent}. A run of
     * two empty entries is the blank line between two comment blocks; a single empty entry
     * is a bare "//" line.
     */
    private void comment(String comment, String indent, boolean onNewLine) {
        if (comment == null) {
            return;
        }
        if (!onNewLine) {
            out.append('\n');
        }
        String[] lines = comment.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isEmpty() && i + 1 < lines.length && lines[i + 1].isEmpty()) {
                out.append('\n');
                i++;
                continue;
            }
            out.append(indent).append("//");
            if (!lines[i].isEmpty()) {
                out.append(' ').append(lines[i]);
            }
            out.append('\n');
        }
    }

    /** {@code onNewLine}: the expression starts a line, so it is indented first. */
    private void expr(Expr expr, String indent, boolean onNewLine) {
        if (expr instanceof Chain chain) {
            chain(chain, indent, onNewLine);
            return;
        }
        if (onNewLine) {
            out.append(indent);
        }
        if (expr instanceof Binary binary) {
            binary(binary, indent);
        } else if (expr instanceof Unary unary) {
            out.append(unary.op().symbol());
            expr(unary.operand(), indent, false);
        } else if (expr instanceof Call call) {
            call(call, indent);
        } else if (expr instanceof Lambda lambda) {
            out.append("lambda: ");
            expr(lambda.body(), indent, false);
        } else if (expr instanceof ListLit list) {
            list(list, indent, onNewLine);
        } else {
            literal(expr);
        }
    }

    private void chain(Chain chain, String indent, boolean onNewLine) {
        expr(chain.receiver(), indent, onNewLine);
        out.append('\n');
        Call call = chain.call();
        String callIndent = indent + INDENT + (call.kind() == CallKind.PROPERTY ? INDENT : "");
        comment(call.comment(), callIndent, true);
        out.append(callIndent).append(call.kind().operator());
        call(call, callIndent);
    }

    private void call(Call call, String indent) {
        out.append(call.name());
        if (call.isPropertyRead()) {
            return;
        }
        out.append('(');
        String argIndent = indent + INDENT;
        List<Expr> args = call.args();
        boolean multiLine = LineBreaks.multiLine(call);
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                out.append(multiLine ? "," : ", ");
            }
            if (multiLine) {
                out.append('\n');
            }
            expr(args.get(i), argIndent, multiLine);
        }
        if (multiLine) {
            out.append('\n').append(indent);
        }
        out.append(')');
    }

    private void binary(Binary binary, String indent) {
        String inner = binary.parens() ? indent + INDENT : indent;
        if (binary.parens()) {
            out.append('(');
        }
        boolean multiLine = LineBreaks.multiLine(binary);
        expr(binary.left(), inner, false);
        out.append(' ').append(binary.op().symbol()).append(multiLine ? '\n' : ' ');
        expr(binary.right(), inner, multiLine);
        if (binary.parens()) {
            out.append(')');
        }
    }

    /** Kapacitor passes the list's own line state to each item, which indents them alike. */
    private void list(ListLit list, String indent, boolean onNewLine) {
        out.append('[');
        for (int i = 0; i < list.items().size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            expr(list.items().get(i), indent, onNewLine);
        }
        out.append(']');
    }

    private void literal(Expr expr) {
        if (expr instanceof Identifier identifier) {
            out.append(identifier.name());
        } else if (expr instanceof Reference reference) {
            quoted(reference.name(), '"');
        } else if (expr instanceof StringLit string) {
            if (string.tripleQuoted()) {
                out.append("'''").append(string.value()).append("'''");
            } else {
                quoted(string.value(), '\'');
            }
        } else if (expr instanceof RegexLit regex) {
            quoted(regex.pattern(), '/');
        } else if (expr instanceof IntLit number) {
            out.append(LiteralText.integer(number));
        } else if (expr instanceof FloatLit number) {
            out.append(LiteralText.decimal(number));
        } else if (expr instanceof DurationLit duration) {
            out.append(LiteralText.duration(duration));
        } else if (expr instanceof BoolLit bool) {
            out.append(bool.value() ? "TRUE" : "FALSE");
        } else if (expr instanceof Star) {
            out.append('*');
        } else {
            throw new IllegalArgumentException("cannot format " + expr);
        }
    }

    /** Encloses in {@code quote}, escaping each quote inside with a backslash. */
    private void quoted(String text, char quote) {
        out.append(quote);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == quote) {
                out.append('\\');
            }
            out.append(c);
        }
        out.append(quote);
    }
}

package dev.kapacitor.tickscript;

import dev.kapacitor.tickscript.ast.Binary;
import dev.kapacitor.tickscript.ast.Call;
import dev.kapacitor.tickscript.ast.Chain;
import dev.kapacitor.tickscript.ast.Expr;
import dev.kapacitor.tickscript.ast.Lambda;
import dev.kapacitor.tickscript.ast.ListLit;
import dev.kapacitor.tickscript.ast.Reference;
import dev.kapacitor.tickscript.ast.RegexLit;
import dev.kapacitor.tickscript.ast.StringLit;
import dev.kapacitor.tickscript.ast.Unary;
import java.util.List;

/**
 * Decides when the formatter breaks a call's arguments or a binary expression over lines.
 * <p>
 * Kapacitor's parser sets these "multi-line" flags from the source: a call's last argument,
 * or a binary's right operand, starts on a later line. Its formatter keeps the flags but also
 * breaks lines of its own (every chain call starts a line), so formatting its output again
 * may set a flag that was clear: {@code .f(a|b())} comes back as {@code .f(\n a\n |b()\n)}.
 * To make one formatting final, a flag is also set when the formatted text itself will break
 * a line where the parser looks. Scripts that Kapacitor formats stably come out the same.
 * <p>
 * The parser places an expression at its "anchor": the operator of a binary or chain, else
 * its first token. {@link #before} and {@link #after} say whether the formatted expression
 * breaks a line before or after its anchor.
 */
final class LineBreaks {
    private LineBreaks() {
    }

    /** Arguments one per line: the source said so, or the last argument's anchor will be on a later line. */
    static boolean multiLine(Call call) {
        List<Expr> args = call.args();
        if (args == null || args.isEmpty()) {
            return false;
        }
        if (call.multiLine()) {
            return true;
        }
        for (int i = 0; i < args.size() - 1; i++) {
            if (breaks(args.get(i))) {
                return true;
            }
        }
        return before(args.get(args.size() - 1));
    }

    /** Right operand on the next line: the source said so, or its anchor will be on a later line anyway. */
    static boolean multiLine(Binary binary) {
        return binary.multiLine() || after(binary.left()) || before(binary.right());
    }

    static boolean breaks(Expr expr) {
        return before(expr) || after(expr);
    }

    private static boolean before(Expr expr) {
        if (expr instanceof Chain) {
            return true;
        }
        return expr instanceof Binary binary && breaks(binary.left());
    }

    private static boolean after(Expr expr) {
        if (expr instanceof Chain chain) {
            return callBreaks(chain.call());
        }
        if (expr instanceof Binary binary) {
            return multiLine(binary) || breaks(binary.right());
        }
        if (expr instanceof Call call) {
            return callBreaks(call);
        }
        if (expr instanceof Unary unary) {
            return breaks(unary.operand());
        }
        if (expr instanceof Lambda lambda) {
            return breaks(lambda.body());
        }
        if (expr instanceof ListLit list) {
            return list.items().stream().anyMatch(LineBreaks::breaks);
        }
        return hasNewLine(expr);
    }

    private static boolean callBreaks(Call call) {
        return call.args() != null && (multiLine(call) || call.args().stream().anyMatch(LineBreaks::breaks));
    }

    /** Strings, references and regexes are written as they were, line breaks included. */
    private static boolean hasNewLine(Expr expr) {
        String text = expr instanceof StringLit s ? s.value()
                : expr instanceof Reference r ? r.name()
                : expr instanceof RegexLit r ? r.pattern() : "";
        return text.indexOf('\n') >= 0;
    }
}

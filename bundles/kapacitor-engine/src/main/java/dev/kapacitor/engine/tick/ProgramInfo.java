package dev.kapacitor.engine.tick;

import dev.kapacitor.api.task.Dbrp;
import dev.kapacitor.api.task.TaskType;
import dev.kapacitor.tickscript.ast.Chain;
import dev.kapacitor.tickscript.ast.DbrpStatement;
import dev.kapacitor.tickscript.ast.Declaration;
import dev.kapacitor.tickscript.ast.Expr;
import dev.kapacitor.tickscript.ast.ExpressionStatement;
import dev.kapacitor.tickscript.ast.Identifier;
import dev.kapacitor.tickscript.ast.Program;
import dev.kapacitor.tickscript.ast.Statement;
import java.util.ArrayList;
import java.util.List;

/** What a task definition reads from a script before evaluating it: dbrp statements and task type. */
public final class ProgramInfo {
    private ProgramInfo() {
    }

    /** The {@code dbrp "db"."rp"} statements, in order. */
    public static List<Dbrp> dbrps(Program program) {
        List<Dbrp> out = new ArrayList<>();
        for (Statement s : program.statements()) {
            if (s instanceof DbrpStatement d) {
                out.add(new Dbrp(d.db(), d.rp()));
            }
        }
        return out;
    }

    /**
     * stream or batch, from the identifiers that start the script's chains, as Kapacitor infers
     * it; null when there is none or they disagree.
     */
    public static TaskType taskType(Program program) {
        String found = null;
        for (Statement s : program.statements()) {
            Expr e = s instanceof Declaration d ? d.value() : s instanceof ExpressionStatement x ? x.expr() : null;
            // a declaration may name the source directly (var s = stream); a statement must chain
            if (!(e instanceof Chain) && !(s instanceof Declaration)) {
                continue;
            }
            while (e instanceof Chain c) {
                e = c.receiver();
            }
            if (e instanceof Identifier i && (i.name().equals("stream") || i.name().equals("batch"))) {
                if (found != null && !found.equals(i.name())) {
                    return null;
                }
                found = i.name();
            }
        }
        return found == null ? null : found.equals("stream") ? TaskType.STREAM : TaskType.BATCH;
    }
}

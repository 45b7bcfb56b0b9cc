package dev.kapacitor.engine.tick;

import dev.kapacitor.engine.pipeline.SpecException;
import dev.kapacitor.tickscript.ast.Call;
import dev.kapacitor.tickscript.ast.CallKind;
import dev.kapacitor.tickscript.ast.Chain;
import dev.kapacitor.tickscript.ast.Expr;
import dev.kapacitor.tickscript.ast.ExpressionStatement;
import dev.kapacitor.tickscript.ast.FloatLit;
import dev.kapacitor.tickscript.ast.Identifier;
import dev.kapacitor.tickscript.ast.IntLit;
import dev.kapacitor.tickscript.ast.Program;
import dev.kapacitor.tickscript.ast.Statement;
import dev.kapacitor.tickscript.ast.StringLit;
import java.util.stream.Collectors;

/**
 * Recognises scripts written for Kapacitor 0.x ({@code stream.from()...mapReduce(influxql.last('v'))})
 * and says how to write them for 1.x, instead of the first "no property method" error, which
 * would only fix one line at a time for a user migrating old scripts.
 */
final class LegacySyntax {
    private LegacySyntax() {
    }

    static void check(Program program) {
        for (Statement s : program.statements()) {
            if (s instanceof ExpressionStatement e) {
                Call mapReduce = findMapReduce(e.expr());
                if (mapReduce != null) {
                    throw SpecException.at(mapReduce.position(), message(mapReduce));
                }
            }
        }
    }

    private static Call findMapReduce(Expr e) {
        Call found = null;
        while (e instanceof Chain c) {
            if (c.call().kind() == CallKind.PROPERTY && c.call().name().equals("mapReduce")) {
                found = c.call();
            }
            e = c.receiver();
        }
        return found;
    }

    private static String message(Call mapReduce) {
        String replacement = "|<function>(...)";
        if (mapReduce.args() != null && mapReduce.args().size() == 1
                && mapReduce.args().get(0) instanceof Chain c && c.receiver() instanceof Identifier id
                && id.name().equals("influxql") && c.call().args() != null) {
            replacement = "|" + c.call().name() + "(" + c.call().args().stream().map(LegacySyntax::source)
                    .collect(Collectors.joining(", ")) + ")";
        }
        return "mapReduce(influxql.*) is Kapacitor 0.x syntax, which 1.x does not accept: chain nodes with '|'"
                + " (stream|from(), |window(), |groupBy()) and call InfluxQL functions as nodes: " + replacement;
    }

    private static String source(Expr e) {
        if (e instanceof StringLit s) {
            return "'" + s.value().replace("'", "\\'") + "'";
        }
        if (e instanceof IntLit i) {
            return i.literal();
        }
        if (e instanceof FloatLit f) {
            return f.literal();
        }
        return "...";
    }
}

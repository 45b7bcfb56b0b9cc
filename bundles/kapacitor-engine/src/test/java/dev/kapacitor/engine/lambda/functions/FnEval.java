package dev.kapacitor.engine.lambda.functions;

import dev.kapacitor.api.model.Fields;
import dev.kapacitor.api.model.Point;
import dev.kapacitor.api.model.Tags;
import dev.kapacitor.engine.lambda.LambdaCompiler;
import dev.kapacitor.engine.lambda.LambdaException;
import dev.kapacitor.tickscript.TickscriptParser;

import java.util.Map;

/** Evaluates a lambda body once: the value, or "error: message". */
final class FnEval {
    private FnEval() {
    }

    static Object eval(String body) {
        return eval(body, new Point("db", "rp", "m", Tags.EMPTY, Fields.EMPTY, 0));
    }

    static Object eval(String body, Point p) {
        try {
            return LambdaCompiler.compile(TickscriptParser.parseLambda(body), Map.of()).newInstance().eval(p);
        } catch (LambdaException e) {
            return "error: " + e.getMessage();
        }
    }

    /** A point with string field s and int field n, to call string functions on. */
    static Point strings(String s) {
        return new Point("db", "rp", "m", Tags.EMPTY, new Fields.Builder().putString("s", s).build(), 0);
    }
}

package dev.kapacitor.engine.task;

import dev.kapacitor.api.task.TaskException;
import dev.kapacitor.api.task.TaskVar;
import dev.kapacitor.engine.pipeline.DurationValue;
import dev.kapacitor.engine.pipeline.LambdaValue;
import dev.kapacitor.engine.pipeline.RegexValue;
import dev.kapacitor.engine.pipeline.StarValue;
import dev.kapacitor.engine.lambda.LambdaCompileException;
import dev.kapacitor.tickscript.TickscriptParser;
import dev.kapacitor.tickscript.TickscriptSyntaxException;
import dev.kapacitor.tickscript.ast.Declaration;
import dev.kapacitor.tickscript.ast.Lambda;
import dev.kapacitor.tickscript.ast.Program;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Task variables (the API's typed JSON values) as script values that override script defaults. */
final class TaskVars {
    private TaskVars() {
    }

    /** @throws TaskException 400 naming the variable that does not fit its type */
    static Map<String, Object> toScript(Map<String, TaskVar> vars) {
        Map<String, Object> out = new HashMap<>();
        vars.forEach((name, v) -> {
            try {
                out.put(name, value(v));
            } catch (RuntimeException e) {
                throw new TaskException(400, "invalid var " + name + ": " + e.getMessage());
            }
        });
        return out;
    }

    private static Object value(TaskVar v) {
        Object x = v.value();
        return switch (v.type() == null ? "" : v.type()) {
            case "bool" -> (Boolean) x;
            case "int" -> integer(x);
            case "float" -> ((Number) x).doubleValue();
            case "string" -> (String) x;
            case "regex" -> new RegexValue((String) x);
            case "duration" -> new DurationValue(x instanceof String s ? Durations.parse(s) : integer(x));
            case "lambda" -> lambda((String) x);
            case "star" -> StarValue.STAR;
            case "list" -> list(x);
            default -> throw new IllegalArgumentException("unknown var type \"" + v.type() + "\"");
        };
    }

    private static long integer(Object x) {
        Number n = (Number) x;
        if (n instanceof Double d && d != Math.rint(d)) {
            throw new IllegalArgumentException("not an integer: " + d);
        }
        return n.longValue();
    }

    private static List<Object> list(Object x) {
        List<Object> out = new ArrayList<>();
        for (Object item : (List<?>) x) {
            out.add(value(item instanceof TaskVar tv ? tv : fromMap(item)));
        }
        return out;
    }

    private static LambdaValue lambda(String expression) {
        try {
            Program p = TickscriptParser.parse("var v = lambda: " + expression);
            Lambda l = (Lambda) ((Declaration) p.statements().get(0)).value();
            return LambdaValue.compile(l, Map.of());
        } catch (TickscriptSyntaxException | LambdaCompileException | ClassCastException e) {
            throw new IllegalArgumentException("invalid lambda " + expression + ": " + e.getMessage());
        }
    }

    /** Jackson reads stored list items as maps; turns them back into vars. */
    static Map<String, TaskVar> fromStored(Map<String, TaskVar> vars) {
        if (vars == null) {
            return Map.of();
        }
        Map<String, TaskVar> out = new HashMap<>();
        vars.forEach((k, v) -> out.put(k, restore(v)));
        return out;
    }

    private static TaskVar restore(TaskVar v) {
        if (!"list".equals(v.type()) || !(v.value() instanceof List<?> items)) {
            return v;
        }
        List<TaskVar> restored = new ArrayList<>();
        for (Object item : items) {
            restored.add(item instanceof TaskVar tv ? tv : fromMap(item));
        }
        return new TaskVar(v.type(), restored, v.description());
    }

    private static TaskVar fromMap(Object item) {
        Map<?, ?> m = (Map<?, ?>) item;
        return restore(new TaskVar((String) m.get("type"), m.get("value"), (String) m.get("description")));
    }
}

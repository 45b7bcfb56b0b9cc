package dev.kapacitor.engine.task;

import dev.kapacitor.api.task.TaskException;
import dev.kapacitor.api.task.TaskType;
import dev.kapacitor.api.task.TaskVar;
import dev.kapacitor.engine.pipeline.EdgeType;
import dev.kapacitor.engine.pipeline.NodeCatalog;
import dev.kapacitor.engine.pipeline.PipelineSpec;
import dev.kapacitor.engine.pipeline.SpecException;
import dev.kapacitor.engine.tick.ScriptEvaluator;
import dev.kapacitor.tickscript.TickscriptParser;
import dev.kapacitor.tickscript.TickscriptSyntaxException;
import dev.kapacitor.tickscript.ast.Program;
import java.util.Map;

/** Turns a task's script and vars into its pipeline, with Kapacitor's messages for what is wrong. */
final class TaskCompiler {
    private final NodeCatalog catalog;

    TaskCompiler(NodeCatalog catalog) {
        this.catalog = catalog;
    }

    /** @throws TaskException 400 {@code invalid TICKscript: line 1 char 8: ...} */
    Program parse(String script) {
        try {
            return TickscriptParser.parse(script);
        } catch (TickscriptSyntaxException e) {
            throw new TaskException(400, "invalid TICKscript: " + e.getMessage());
        }
    }

    /**
     * Evaluates the script into its pipeline.
     *
     * @throws SpecException (or TaskException for bad vars) with the reason, without prefix
     */
    PipelineSpec pipeline(String script, TaskType type, Map<String, TaskVar> vars) {
        Program program;
        try {
            program = TickscriptParser.parse(script);
        } catch (TickscriptSyntaxException e) {
            throw new SpecException(e.getMessage());
        }
        EdgeType source = type == TaskType.BATCH ? EdgeType.BATCH : EdgeType.STREAM;
        return ScriptEvaluator.evaluate(program, source, catalog, TaskVars.toScript(vars));
    }

    /**
     * As {@link #pipeline}, failing a define with 400 {@code invalid TICKscript: <reason>}
     * (bad vars fail with 400 {@code invalid var <name>: ...}).
     */
    PipelineSpec validate(TaskRecord r) {
        try {
            return pipeline(r.script(), r.type(), r.vars());
        } catch (SpecException e) {
            throw new TaskException(400, "invalid TICKscript: " + e.getMessage());
        }
    }
}

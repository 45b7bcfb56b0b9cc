package dev.kapacitor.http;

import dev.kapacitor.api.task.Task;
import dev.kapacitor.tickscript.TickscriptFormatter;
import dev.kapacitor.tickscript.TickscriptSyntaxException;

/** Kapacitor's script-format=formatted: the stored script in tickfmt's canonical form. */
final class ScriptFormat {
    private ScriptFormat() {
    }

    static Task apply(Task t, boolean formatted) {
        if (!formatted || t.script() == null || t.script().isEmpty()) {
            return t;
        }
        try {
            return t.withScript(TickscriptFormatter.format(t.script()));
        } catch (TickscriptSyntaxException e) {
            // as Kapacitor: a script that no longer parses is still shown, raw
            return t;
        }
    }
}

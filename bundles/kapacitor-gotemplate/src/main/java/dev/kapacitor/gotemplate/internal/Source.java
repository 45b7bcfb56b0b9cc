package dev.kapacitor.gotemplate.internal;

import dev.kapacitor.gotemplate.TemplateException;

import java.nio.charset.StandardCharsets;

/** A template's name and text; turns a char offset into Go's {@code name:line:col} errors. */
public record Source(String name, String text) {

    public TemplateException error(int pos, String detail) {
        int p = Math.max(0, Math.min(pos, text.length()));
        int lineStart = text.lastIndexOf('\n', p - 1) + 1;
        int line = 1;
        for (int i = 0; i < lineStart; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        // Go counts the column in bytes
        int col = text.substring(lineStart, p).getBytes(StandardCharsets.UTF_8).length;
        return new TemplateException(name, line, col, detail);
    }

    /** Go's execution error: the failing node and what went wrong. */
    public TemplateException execError(int pos, String node, String detail) {
        return error(pos, "executing \"" + name + "\" at <" + node + ">: " + detail);
    }
}

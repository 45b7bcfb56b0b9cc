package dev.kapacitor.gotemplate.internal;

import dev.kapacitor.gotemplate.DataType;
import dev.kapacitor.gotemplate.TemplateException;
import dev.kapacitor.gotemplate.internal.Runtime.Frame;
import dev.kapacitor.gotemplate.internal.Runtime.Stmt;

/** A parsed and compiled template, ready to run any number of times, from any thread. */
public final class Program {
    private final Stmt[] body;
    private final int slots;
    private final Type root;

    Program(Stmt[] body, int slots, Type root) {
        this.body = body;
        this.slots = slots;
        this.root = root;
    }

    public static Program compile(String name, String text, DataType root, boolean html) throws TemplateException {
        return compile(name, text, root, html, false);
    }

    public static Program compile(String name, String text, DataType root, boolean html, boolean json)
            throws TemplateException {
        return Compiler.compile(new Source(name, text), (Type) root, html, json);
    }

    public void execute(Object data, StringBuilder out) throws TemplateException {
        Object value = root instanceof StructType st && data != null ? new StructValue(st, data) : data;
        Runtime.execAll(body, new Frame(value, slots, out));
    }
}

package dev.kapacitor.gotemplate;

import dev.kapacitor.gotemplate.internal.Program;

/**
 * A Go template, parsed and compiled once. Kapacitor renders an alert's id and message with
 * text/template ({@link #parse}) and its details with html/template ({@link #parseHtml}), which
 * escapes what actions print (text context) and offers the {@code json} function.
 *
 * <p>Supported: text, {@code {{- -}}} trimming, comments, field chains and methods of
 * time.Time and time.Duration, variables ({@code :=}, {@code =}), pipelines, parentheses,
 * {@code if}/{@code else if}/{@code else}, {@code range} (maps in key order, slices),
 * {@code with}, and the functions and, or, not, len, index, print, printf, println, html,
 * js, urlquery, eq, ne, lt, le, gt, ge. Not supported: define, template, block.
 *
 * <p>Fields are checked against the {@link DataType} when parsing: a wrong one is a parse error
 * (Go would find it only when executing). Instances are thread-safe; all they change is a
 * hint for sizing the next output.
 *
 * <p>html/template escapes each action for its place in the page; here every action is escaped
 * as HTML text, which is what Go does outside tags and in quoted attributes (Kapacitor's
 * details), but not in unquoted attributes, URLs, scripts or styles. The template's own text is
 * treated as Go does: a stray {@code <} becomes {@code &lt;}, comments are dropped.
 */
public final class GoTemplate {
    private final String name;
    private final String text;
    private final Program program;
    /**
     * The length of the last output, to size the next one's buffer: outputs of one template are
     * alike, and growing the buffer was a third of an alert's details. Racy on purpose: any value
     * is a valid hint.
     */
    private int lastLength;

    private GoTemplate(String name, String text, Program program) {
        this.name = name;
        this.text = text;
        this.program = program;
    }

    /** A text/template named {@code name} (as errors name it) reading data of type {@code data}. */
    public static GoTemplate parse(String name, String text, DataType data) throws TemplateException {
        return new GoTemplate(name, text, Program.compile(name, text, data, false));
    }

    /**
     * A text/template with Kapacitor's {@code json} function (encoding/json, not escaped), as
     * Kapacitor's httppost service parses an endpoint's inline templates.
     */
    public static GoTemplate parseWithJson(String name, String text, DataType data) throws TemplateException {
        return new GoTemplate(name, text, Program.compile(name, text, data, false, true));
    }

    /** An html/template, with Kapacitor's {@code json} function (encoding/json, then escaped). */
    public static GoTemplate parseHtml(String name, String text, DataType data) throws TemplateException {
        return new GoTemplate(name, text, Program.compile(name, text, data, true));
    }

    /** Runs the template on {@code data}, a value of the template's DataType. */
    public String execute(Object data) throws TemplateException {
        StringBuilder out = new StringBuilder(Math.max(text.length() + 32, lastLength + 16));
        program.execute(data, out);
        lastLength = out.length();
        return out.toString();
    }

    /** Runs the template, appending to {@code out} (which holds a partial result on error). */
    public void execute(Object data, StringBuilder out) throws TemplateException {
        program.execute(data, out);
    }

    /**
     * Appends {@code s} escaped as an html/template action's output is (text context), for a
     * caller that renders a known template itself and must write what this one would.
     */
    public static void escapeHtml(StringBuilder out, CharSequence s) {
        dev.kapacitor.gotemplate.internal.Escapers.htmlTemplate(out, s);
    }

    public String name() {
        return name;
    }

    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return name + ": " + text;
    }
}

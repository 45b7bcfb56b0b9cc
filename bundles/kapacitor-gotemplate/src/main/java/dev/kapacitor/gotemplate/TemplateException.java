package dev.kapacitor.gotemplate;

/**
 * A template that does not parse, or fails while executing. The message reads as Go's,
 * {@code template: NAME:LINE:COL: ...}, with LINE 1-based and COL the byte offset in the line
 * (0-based, as Go's execution errors count it; Go's own parse errors show no column).
 */
public class TemplateException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String templateName;
    private final int line;
    private final int column;

    public TemplateException(String templateName, int line, int column, String detail) {
        super("template: " + templateName + ":" + line + ":" + column + ": " + detail);
        this.templateName = templateName;
        this.line = line;
        this.column = column;
    }

    public String templateName() {
        return templateName;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}

package dev.kapacitor.tickscript.ast;

/**
 * Where a node starts in the script: 1-based line and column. As in Kapacitor's messages
 * ("char"), the column counts UTF-8 bytes from the start of the line, so it equals the
 * character count for ASCII lines.
 */
public record Position(int line, int column) {
    @Override
    public String toString() {
        return "line " + line + " char " + column;
    }
}

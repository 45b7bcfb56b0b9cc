package dev.kapacitor.tickscript.ast;

/** Where a node starts in the script: 1-based line and column. */
public record Position(int line, int column) {
    @Override
    public String toString() {
        return "line " + line + " char " + column;
    }
}

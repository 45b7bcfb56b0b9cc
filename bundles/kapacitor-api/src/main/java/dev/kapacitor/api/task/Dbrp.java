package dev.kapacitor.api.task;

/** A database and retention policy pair a task reads from. */
public record Dbrp(String db, String rp) {
    @Override
    public String toString() {
        return "\"" + db + "\".\"" + rp + "\"";
    }
}

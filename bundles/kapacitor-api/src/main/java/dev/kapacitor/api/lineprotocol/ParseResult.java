package dev.kapacitor.api.lineprotocol;

import dev.kapacitor.api.model.Point;
import java.util.Collections;
import java.util.List;

/** The points parsed from a request body, and one error per line that could not be parsed. */
public final class ParseResult {
    private final List<Point> points;
    private final List<String> errors;

    ParseResult(List<Point> points, List<String> errors) {
        this.points = Collections.unmodifiableList(points);
        this.errors = Collections.unmodifiableList(errors);
    }

    /** The good points, in the order of their lines. */
    public List<Point> points() {
        return points;
    }

    /** One {@code unable to parse '<line>': <reason>} per bad line, in the order of the lines. */
    public List<String> errors() {
        return errors;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** The errors joined by newlines, as InfluxDB's ParsePoints reports them; empty when there are none. */
    public String errorMessage() {
        return String.join("\n", errors);
    }

    @Override
    public String toString() {
        return points.size() + " points" + (errors.isEmpty() ? "" : ", errors: " + errorMessage());
    }
}

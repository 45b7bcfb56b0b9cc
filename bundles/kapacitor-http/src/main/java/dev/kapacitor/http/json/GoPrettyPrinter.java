package dev.kapacitor.http.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.util.Instantiatable;
import java.io.IOException;

/**
 * The layout of Go's json.MarshalIndent(v, "", "    "), which Kapacitor uses for its API
 * answers: four-space indent, {@code "key": value}, and empty containers as {@code {}} and
 * {@code []} (Jackson's default printer writes {@code "key" : value} and {@code { }}).
 */
final class GoPrettyPrinter implements PrettyPrinter, Instantiatable<GoPrettyPrinter> {
    private int depth;

    @Override
    public GoPrettyPrinter createInstance() {
        return new GoPrettyPrinter();
    }

    @Override
    public void writeRootValueSeparator(JsonGenerator g) {
        // one value per document
    }

    @Override
    public void writeStartObject(JsonGenerator g) throws IOException {
        g.writeRaw('{');
        depth++;
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) throws IOException {
        newline(g);
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(": ");
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
        g.writeRaw(',');
        newline(g);
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) throws IOException {
        depth--;
        if (entries > 0) {
            newline(g);
        }
        g.writeRaw('}');
    }

    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
        g.writeRaw('[');
        depth++;
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
        newline(g);
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(',');
        newline(g);
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) throws IOException {
        depth--;
        if (values > 0) {
            newline(g);
        }
        g.writeRaw(']');
    }

    private void newline(JsonGenerator g) throws IOException {
        g.writeRaw('\n');
        for (int i = 0; i < depth; i++) {
            g.writeRaw("    ");
        }
    }
}

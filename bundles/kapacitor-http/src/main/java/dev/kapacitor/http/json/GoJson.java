package dev.kapacitor.http.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * JSON written byte for byte as Kapacitor's Go code writes it: map keys sorted, floats in Go's
 * shortest form, HTML characters escaped, and {@link #pretty} as json.MarshalIndent with four
 * spaces. Objects whose key order matters (Go structs) are built as {@link ObjectNode}s, which
 * keep insertion order.
 */
public final class GoJson {
    private static final ObjectMapper MAPPER = newMapper();
    private static final ObjectWriter COMPACT = MAPPER.writer();
    private static final ObjectWriter PRETTY = MAPPER.writer(new GoPrettyPrinter());

    private GoJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** As Go's json.Marshal. */
    public static byte[] compact(Object value) throws JsonProcessingException {
        return COMPACT.writeValueAsBytes(value);
    }

    /** As Go's json.MarshalIndent(value, "", "    "). */
    public static byte[] pretty(Object value) throws JsonProcessingException {
        return PRETTY.writeValueAsBytes(value);
    }

    public static JsonNode read(byte[] body) throws IOException {
        return MAPPER.readTree(body);
    }

    private static ObjectMapper newMapper() {
        JsonFactory factory = new JsonFactory().setCharacterEscapes(new GoEscapes());
        SimpleModule go = new SimpleModule("go-json");
        go.addSerializer(Double.class, new DoubleSerializer());
        go.addSerializer(double.class, new DoubleSerializer());
        return new ObjectMapper(factory)
                .registerModule(go)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    }

    private static final class DoubleSerializer extends StdSerializer<Double> {
        DoubleSerializer() {
            super(Double.class);
        }

        @Override
        public void serialize(Double value, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeNumber(dev.kapacitor.api.gofmt.GoJson.number(value));
        }
    }
}

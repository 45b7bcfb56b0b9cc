package dev.kapacitor.api.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * One series of a result, in InfluxDB's JSON shape: empty parts are left out, as InfluxDB's
 * {@code models.Row} does. Time values are RFC 3339 strings.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"name", "tags", "columns", "values"})
public record Row(String name, Map<String, String> tags, List<String> columns, List<List<Object>> values) {
}

package dev.kapacitor.api.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** The body Kapacitor serves from httpOut and posts from httpPost: {"series":[...]}. */
@JsonPropertyOrder({"series", "error"})
public record Result(List<Row> series, @JsonInclude(JsonInclude.Include.NON_EMPTY) String error) {
    public static Result of(List<Row> series) {
        return new Result(series, null);
    }
}

package dev.kapacitor.api.task;

/**
 * A template variable as Kapacitor's API shows it: type is one of bool, int, float, duration,
 * string, regex, lambda, star, list; value is its JSON form.
 */
public record TaskVar(String type, Object value, String description) {
}

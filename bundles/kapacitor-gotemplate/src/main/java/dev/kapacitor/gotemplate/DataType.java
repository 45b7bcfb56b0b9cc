package dev.kapacitor.gotemplate;

import dev.kapacitor.gotemplate.internal.Types;

/**
 * The Go type of the data a template reads, so that {@code .Field} chains are resolved once,
 * when the template is parsed. Java values stand for Go values as follows:
 * <ul>
 * <li>{@link #STRING}: {@link String}; {@link #INT}: {@link Integer} (Go {@code int}, as template
 * constants are); {@link #INT64}: {@link Long}; {@link #FLOAT64}: {@link Double};
 * {@link #BOOL}: {@link Boolean};</li>
 * <li>{@link #TIME}: {@link java.time.Instant} (a UTC {@code time.Time}); {@link #DURATION}:
 * {@link java.time.Duration} ({@code time.Duration});</li>
 * <li>{@link #mapOf}: a {@code Map<String, ?>}; {@link #sliceOf}: a {@code List<?>};</li>
 * <li>{@link #ANY} ({@code interface{}}): any of the above but structs, or {@code null} (nil).</li>
 * </ul>
 * A struct type is described with {@link #struct}: its fields are read by the getters given to
 * the builder.
 */
public interface DataType {
    DataType STRING = Types.STRING;
    DataType INT = Types.INT;
    DataType INT64 = Types.INT64;
    DataType FLOAT64 = Types.FLOAT64;
    DataType BOOL = Types.BOOL;
    DataType TIME = Types.TIME;
    DataType DURATION = Types.DURATION;
    DataType ANY = Types.ANY;

    /** The Go name of the type, as errors and {@code %T} print it. */
    String goName();

    /** {@code map[string]ELEM}. */
    static DataType mapOf(DataType elem) {
        return Types.mapOf(elem);
    }

    /** {@code []ELEM}. */
    static DataType sliceOf(DataType elem) {
        return Types.sliceOf(elem);
    }

    /** A struct named {@code goName} (e.g. {@code kapacitor.messageInfo}) whose values are Ts. */
    static <T> StructBuilder<T> struct(String goName, Class<T> javaClass) {
        return new StructBuilder<>(goName, javaClass);
    }
}

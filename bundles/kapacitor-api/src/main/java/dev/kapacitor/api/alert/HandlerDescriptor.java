package dev.kapacitor.api.alert;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a handler accepts in TICKscript: the arguments of its creating method
 * ({@code .post(url)}) and its option methods ({@code .header(k, v)}, {@code .captureResponse()}).
 * Each option may be called any number of times; the handler decides what repeated calls mean.
 * For example the post handler:
 * <pre>{@code
 * HandlerDescriptor.builder()
 *         .variadicArgs(OptionType.STRING)
 *         .option("endpoint", OptionType.STRING)
 *         .option("header", OptionType.STRING, OptionType.STRING)
 *         .option("captureResponse")
 *         .option("timeout", OptionType.DURATION)
 *         .build();
 * }</pre>
 */
public final class HandlerDescriptor {
    private final Signature args;
    private final Map<String, Signature> options;

    private HandlerDescriptor(Builder b) {
        this.args = b.args;
        this.options = Collections.unmodifiableMap(new LinkedHashMap<>(b.options));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The arguments of the creating method. */
    public Signature args() {
        return args;
    }

    /** The option methods by name, in declaration order. */
    public Map<String, Signature> options() {
        return options;
    }

    /** The argument list of a method: fixed types, then optionally any number of one more type. */
    public record Signature(List<OptionType> fixed, OptionType rest) {
        public static final Signature NONE = new Signature(List.of(), null);

        public Signature {
            fixed = List.copyOf(fixed);
        }

        public boolean variadic() {
            return rest != null;
        }
    }

    /** Builds a descriptor; by default the creating method takes no arguments. */
    public static final class Builder {
        private Signature args = Signature.NONE;
        private final Map<String, Signature> options = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder args(OptionType... fixed) {
            this.args = new Signature(List.of(fixed), null);
            return this;
        }

        public Builder variadicArgs(OptionType rest, OptionType... fixed) {
            this.args = new Signature(List.of(fixed), rest);
            return this;
        }

        /** An option method with these arguments; none makes it a flag ({@code .captureResponse()}). */
        public Builder option(String name, OptionType... fixed) {
            options.put(name, new Signature(List.of(fixed), null));
            return this;
        }

        public Builder variadicOption(String name, OptionType rest, OptionType... fixed) {
            options.put(name, new Signature(List.of(fixed), rest));
            return this;
        }

        public HandlerDescriptor build() {
            return new HandlerDescriptor(this);
        }
    }
}

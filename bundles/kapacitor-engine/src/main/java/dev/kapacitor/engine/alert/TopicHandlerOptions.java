package dev.kapacitor.engine.alert;

import dev.kapacitor.api.alert.HandlerDescriptor;
import dev.kapacitor.api.alert.HandlerDescriptor.Signature;
import dev.kapacitor.api.alert.HandlerOptions;
import dev.kapacitor.api.alert.OptionType;
import dev.kapacitor.engine.lambda.gocompat.GoFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A topic handler's JSON options as the {@link HandlerOptions} its factory takes from a script:
 * the keys that Kapacitor's topic handlers use for the creating method's arguments become the
 * arguments ({@code path} of log, {@code to} of smtp, ...); every other key names an option
 * method in kebab-case ({@code capture-response} is {@code .captureResponse()}), a plural key
 * one call per element of an object or list ({@code headers} calls {@code .header(k, v)}).
 */
final class TopicHandlerOptions {
    /** The option keys of the creating method's arguments, by handler method name. */
    private static final Map<String, List<String>> ARGS = Map.of(
            "log", List.of("path"), "tcp", List.of("address"), "post", List.of("url"),
            "email", List.of("to"), "exec", List.of("prog", "args"));

    private TopicHandlerOptions() {
    }

    /**
     * @throws IllegalArgumentException an option the handler does not know, or of the wrong type
     */
    static HandlerOptions of(String method, HandlerDescriptor d, String topic, String handlerId,
                             Map<String, Object> json) {
        Map<String, Object> rest = new LinkedHashMap<>(json == null ? Map.of() : json);
        List<Object> args = new ArrayList<>();
        List<OptionType> argTypes = new ArrayList<>(d.args().fixed());
        for (String key : ARGS.getOrDefault(method, List.of())) {
            Object v = rest.remove(key);
            if (v instanceof List<?> l) {
                for (Object o : l) {
                    args.add(convert(o, type(d.args(), args.size()), key));
                }
            } else if (v != null) {
                args.add(convert(v, type(d.args(), args.size()), key));
            } else if (args.size() < argTypes.size() && argTypes.get(args.size()) == OptionType.STRING) {
                args.add(""); // as Go's zero value: the factory reports what is missing
            }
        }
        Map<String, List<List<Object>>> calls = new LinkedHashMap<>();
        rest.forEach((key, v) -> addCalls(calls, d, key, v));
        return new HandlerOptions(topic, handlerId, args, calls);
    }

    private static void addCalls(Map<String, List<List<Object>>> calls, HandlerDescriptor d, String key, Object v) {
        String name = camel(key);
        Signature s = d.options().get(name);
        if (s == null && name.endsWith("s") && (v instanceof List || v instanceof Map)) {
            String single = name.substring(0, name.length() - 1);
            Signature one = d.options().get(single);
            if (one != null) {
                List<List<Object>> list = calls.computeIfAbsent(single, k -> new ArrayList<>());
                if (v instanceof Map<?, ?> m) {
                    m.forEach((k, x) -> list.add(values(one, List.of(k, x), key)));
                } else {
                    ((List<?>) v).forEach(x -> list.add(values(one, List.of(x), key)));
                }
                return;
            }
        }
        if (s == null) {
            throw new IllegalArgumentException("unknown option \"" + key + "\"");
        }
        if (s.fixed().isEmpty() && !s.variadic()) {
            if (Boolean.TRUE.equals(v)) {
                calls.put(name, List.of(List.of()));
            }
            return;
        }
        calls.put(name, List.of(values(s, v instanceof List<?> l ? List.copyOf(l) : List.of(v), key)));
    }

    private static List<Object> values(Signature s, List<?> raw, String key) {
        List<Object> out = new ArrayList<>(raw.size());
        for (Object o : raw) {
            out.add(convert(o, type(s, out.size()), key));
        }
        return out;
    }

    private static OptionType type(Signature s, int i) {
        if (i < s.fixed().size()) {
            return s.fixed().get(i);
        }
        return s.rest() == null ? OptionType.STRING : s.rest();
    }

    private static Object convert(Object v, OptionType t, String key) {
        try {
            return switch (t) {
                case STRING -> String.valueOf(v);
                case INT -> v instanceof Number n ? (Object) n.longValue() : (Object) Long.parseLong(v.toString());
                case FLOAT -> v instanceof Number n ? (Object) n.doubleValue() : (Object) Double.parseDouble(v.toString());
                case BOOL -> v instanceof Boolean b ? b : Boolean.parseBoolean(v.toString());
                case DURATION -> duration(v);
            };
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("invalid option \"" + key + "\": " + v, e);
        }
    }

    /** A Go duration string, or nanoseconds as Go's mapstructure takes a number. */
    static Duration duration(Object v) {
        return v instanceof Number n ? Duration.ofNanos(n.longValue()) : Duration.ofNanos(GoFormat.parseDuration(v.toString()));
    }

    private static String camel(String key) {
        StringBuilder sb = new StringBuilder(key.length());
        boolean up = false;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '-' || c == '_') {
                up = true;
            } else {
                sb.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return sb.toString();
    }
}

package dev.kapacitor.engine.pipeline;

import dev.kapacitor.api.alert.AlertHandlerFactory;
import dev.kapacitor.api.alert.HandlerDescriptor;
import dev.kapacitor.api.alert.HandlerOptions;
import dev.kapacitor.api.alert.OptionType;
import dev.kapacitor.engine.alert.HandlerCatalog;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One handler of an alert node as the script set it up ({@code .post(url).header('a', 'b')}):
 * the handler's name and the options its descriptor accepts. Other property methods apply to
 * the alert node, so {@code .post(url).crit(lambda)} works as in Kapacitor, and so does
 * chaining the next node after it.
 */
public final class AlertHandlerSpec implements ScriptObject {
    private static final ArgType ANY = ArgType.oneOf(ArgType.STRING, ArgType.INT, ArgType.FLOAT, ArgType.BOOL,
            ArgType.DURATION, ArgType.LAMBDA, ArgType.REGEX, ArgType.LIST, ArgType.STAR, ArgType.NODE);

    private final AlertSpec alert;
    private final String name;
    private final AlertHandlerFactory factory;
    private final List<Object> args;
    private final Map<String, List<List<Object>>> calls = new LinkedHashMap<>();

    private AlertHandlerSpec(AlertSpec alert, String name, AlertHandlerFactory factory, List<Object> args) {
        this.alert = alert;
        this.name = name;
        this.factory = factory;
        this.args = args;
    }

    /** The alert node's method {@code .name(args)} that adds this handler. */
    static PropertyDef<AlertSpec> creator(AlertSpec alert, String name, AlertHandlerFactory factory) {
        return new PropertyDef<>(name, signature(factory.descriptor().args()), (a, args) -> {
            AlertHandlerSpec h = new AlertHandlerSpec(a, name, factory, values(args));
            a.addHandler(h);
            return h;
        });
    }

    /** A method of a handler Kapacitor has but that is not installed: calling it says what to install. */
    static PropertyDef<AlertSpec> notInstalled(String name) {
        return new PropertyDef<>(name, Signature.variadic(ANY), (a, args) -> {
            throw args.error("alert handler \"" + name + "\" is not installed: install the feature "
                    + HandlerCatalog.feature(name) + " (feature:install " + HandlerCatalog.feature(name) + ")");
        });
    }

    public String name() {
        return name;
    }

    /** The node the handler belongs to. */
    public AlertSpec alert() {
        return alert;
    }

    /** The options for the handler of a task. */
    public HandlerOptions options(String taskId) {
        return new HandlerOptions(taskId, alert.name(), args, calls);
    }

    void validate() {
        try {
            factory.validate(options(""));
        } catch (IllegalArgumentException e) {
            throw new SpecException("invalid " + name + ": " + e.getMessage());
        }
    }

    @Override
    public String describe() {
        return name + " handler";
    }

    @Override
    public PropertyDef<?> property(String method) {
        HandlerDescriptor.Signature option = factory.descriptor().options().get(method);
        if (option != null) {
            return new PropertyDef<AlertHandlerSpec>(method, signature(option), (h, a) -> {
                h.calls.computeIfAbsent(method, k -> new ArrayList<>(1)).add(values(a));
                return h;
            });
        }
        PropertyDef<?> ofAlert = alert.property(method);
        if (ofAlert == null) {
            return null;
        }
        return new PropertyDef<AlertHandlerSpec>(method, ofAlert.signature(), (h, a) -> ofAlert.apply(h.alert, a));
    }

    @Override
    public Collection<String> propertyNames() {
        TreeSet<String> names = new TreeSet<>(factory.descriptor().options().keySet());
        names.addAll(alert.propertyNames());
        return names;
    }

    @Override
    public NodeSpec chainTarget() {
        return alert;
    }

    private static Signature signature(HandlerDescriptor.Signature s) {
        ArgType[] fixed = new ArgType[s.fixed().size()];
        for (int i = 0; i < fixed.length; i++) {
            fixed[i] = argType(s.fixed().get(i));
        }
        return s.variadic() ? Signature.variadic(argType(s.rest()), fixed) : Signature.of(fixed);
    }

    private static ArgType argType(OptionType t) {
        return switch (t) {
            case STRING -> ArgType.STRING;
            case INT -> ArgType.INT;
            case FLOAT -> ArgType.FLOAT;
            case BOOL -> ArgType.BOOL;
            case DURATION -> ArgType.DURATION;
        };
    }

    /** Script values as the SPI types them: durations become {@link Duration}. */
    private static List<Object> values(Args a) {
        List<Object> out = new ArrayList<>(a.size());
        for (Object v : a.values()) {
            out.add(v instanceof DurationValue d ? Duration.ofNanos(d.nanos()) : v);
        }
        return out;
    }

    @Override
    public String toString() {
        return alert.name() + "." + name + args;
    }
}

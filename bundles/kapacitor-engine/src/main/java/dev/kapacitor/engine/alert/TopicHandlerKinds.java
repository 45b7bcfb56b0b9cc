package dev.kapacitor.engine.alert;

import dev.kapacitor.api.alert.AlertEvent;
import dev.kapacitor.api.alert.AlertHandlerFactory;
import dev.kapacitor.api.alert.HandlerOptions;
import dev.kapacitor.api.alert.TopicHandlerSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Makes the running handler of a topic handler spec, by its kind. */
final class TopicHandlerKinds {
    private static final Logger LOG = LoggerFactory.getLogger(TopicHandlerKinds.class);

    private static final Set<String> AGGREGATE_OPTIONS = Set.of("id", "interval", "topic", "message");
    private static final Set<String> PUBLISH_OPTIONS = Set.of("topics");

    private final AlertService alerts;

    TopicHandlerKinds(AlertService alerts) {
        this.alerts = alerts;
    }

    /** Whether the spec's handler can be made now (its integration is installed). */
    boolean available(TopicHandlerSpec spec) {
        String k = spec.kind();
        return k.equals("aggregate") || k.equals("publish")
                || alerts.handlers().find(HandlerCatalog.methodOfKind(k)) != null;
    }

    /** @throws IllegalArgumentException why the spec makes no handler */
    SpecHandler make(TopicHandlerSpec spec) {
        Predicate<AlertEvent> match = Match.compile(spec.match());
        Map<String, Object> o = spec.options() == null ? Map.of() : spec.options();
        return switch (spec.kind()) {
            case "aggregate" -> {
                known(o, AGGREGATE_OPTIONS);
                // Kapacitor's aggregated events have the id of the option, "" without
                AggregateHandler h = new AggregateHandler(alerts, String.valueOf(o.getOrDefault("id", "")),
                        TopicHandlerOptions.duration(o.getOrDefault("interval", 0)),
                        String.valueOf(o.getOrDefault("topic", "")),
                        String.valueOf(o.getOrDefault("message", AggregateHandler.DEFAULT_MESSAGE)));
                yield new SpecHandler(spec, match, h, h::close);
            }
            case "publish" -> {
                known(o, PUBLISH_OPTIONS);
                yield new SpecHandler(spec, match, new PublishHandler(alerts, strings(o.get("topics"))), () -> { });
            }
            default -> integration(spec, match, o);
        };
    }

    private SpecHandler integration(TopicHandlerSpec spec, Predicate<AlertEvent> match, Map<String, Object> o) {
        String method = HandlerCatalog.methodOfKind(spec.kind());
        if (!alerts.handlers().known(method)) {
            throw new IllegalArgumentException("unsupported action kind " + TopicHandlerSpec.quote(spec.kind()));
        }
        AlertHandlerFactory f = alerts.handlers().find(method);
        if (f == null) {
            throw new IllegalArgumentException("alert handler " + spec.kind() + " is not installed: feature:install "
                    + HandlerCatalog.feature(method));
        }
        HandlerOptions options = TopicHandlerOptions.of(method, f.descriptor(), spec.topic(), spec.id(), o);
        f.validate(options);
        HandlerBinding b = alerts.bindTopicHandler(method, options, (msg, e) ->
                LOG.error("topic handler {} of {}: {}", spec.id(), spec.topic(), msg, e));
        b.start();
        return new SpecHandler(spec, match, b, b::close);
    }

    /** Kapacitor refuses options its handler does not have. */
    private static void known(Map<String, Object> options, Set<String> names) {
        for (String k : options.keySet()) {
            if (!names.contains(k)) {
                throw new IllegalArgumentException("unknown option \"" + k + "\"");
            }
        }
    }

    private static List<String> strings(Object v) {
        List<String> out = new ArrayList<>();
        if (v instanceof List<?> l) {
            l.forEach(x -> out.add(String.valueOf(x)));
        } else if (v != null) {
            out.add(String.valueOf(v));
        }
        return out;
    }
}

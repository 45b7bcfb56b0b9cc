package dev.kapacitor.engine.alert;

import dev.kapacitor.api.alert.AlertEvent;
import dev.kapacitor.api.alert.TopicHandlerSpec;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A running topic handler: its spec, its compiled match, and what handles the matching events. */
final class SpecHandler implements TopicHandler {
    private static final Logger LOG = LoggerFactory.getLogger(SpecHandler.class);

    private final TopicHandlerSpec spec;
    private final Predicate<AlertEvent> match;
    private final TopicHandler target;
    private final Runnable close;

    SpecHandler(TopicHandlerSpec spec, Predicate<AlertEvent> match, TopicHandler target, Runnable close) {
        this.spec = spec;
        this.match = match;
        this.target = target;
        this.close = close;
    }

    TopicHandlerSpec spec() {
        return spec;
    }

    @Override
    public boolean handle(AlertEvent event) {
        boolean matches;
        try {
            matches = match.test(event);
        } catch (RuntimeException e) {
            LOG.error("topic handler {} of {}: failed to evaluate match expression: {}", spec.id(), spec.topic(),
                    e.getMessage());
            return true;
        }
        return !matches || target.handle(event);
    }

    void close() {
        close.run();
    }
}

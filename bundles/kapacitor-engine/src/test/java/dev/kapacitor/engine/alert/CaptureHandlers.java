package dev.kapacitor.engine.alert;

import dev.kapacitor.api.alert.AlertEvent;
import dev.kapacitor.api.alert.AlertHandler;
import dev.kapacitor.api.alert.AlertHandlerFactory;
import dev.kapacitor.api.alert.HandlerDescriptor;
import dev.kapacitor.api.alert.HandlerOptions;
import dev.kapacitor.api.alert.OptionType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * A test integration {@code .capture(name)}: keeps every event its handlers receive, by the
 * name given; {@code .delay(d)} makes each call take that long, {@code .fail()} makes it throw.
 */
public final class CaptureHandlers implements AlertHandlerFactory {
    public record Received(String handler, AlertEvent event) {
    }

    public final List<Received> received = Collections.synchronizedList(new ArrayList<>());
    public volatile CountDownLatch release = new CountDownLatch(0);

    @Override
    public HandlerDescriptor descriptor() {
        return HandlerDescriptor.builder()
                .args(OptionType.STRING)
                .option("fail")
                .option("block")
                .variadicOption("tags", OptionType.STRING)
                .build();
    }

    @Override
    public void validate(HandlerOptions options) {
        if (options.args().get(0).equals("")) {
            throw new IllegalArgumentException("empty name");
        }
    }

    @Override
    public AlertHandler create(HandlerOptions options) {
        String name = (String) options.args().get(0);
        boolean fail = options.has("fail");
        boolean block = options.has("block");
        return event -> {
            if (block) {
                release.await();
            }
            if (fail) {
                throw new IllegalStateException("refused " + event.id());
            }
            received.add(new Received(name, event));
        };
    }

    /** The events a handler got, as "level(previousLevel) id: message". */
    public List<String> summary(String handler) {
        List<String> out = new ArrayList<>();
        synchronized (received) {
            for (Received r : received) {
                if (r.handler().equals(handler)) {
                    AlertEvent e = r.event();
                    out.add(e.level() + "(" + e.previousLevel() + ") " + e.id() + ": " + e.message());
                }
            }
        }
        return out;
    }
}

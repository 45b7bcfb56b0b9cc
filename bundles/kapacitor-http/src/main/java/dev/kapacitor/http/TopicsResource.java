package dev.kapacitor.http;

import dev.kapacitor.api.alert.AlertLevel;
import dev.kapacitor.api.alert.TopicHandlerSpec;
import dev.kapacitor.api.alert.TopicService;
import dev.kapacitor.api.alert.TopicState;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * /kapacitor/v1/alerts/topics: the topics, their events, and (with {@link TopicHandlersResource})
 * their handlers. As Kapacitor, the first path segment below /topics/ is the topic and the rest
 * chooses what of it: {@code events}, {@code events/<id>}, {@code handlers}, {@code handlers/<id>}.
 */
final class TopicsResource {
    private static final String PREFIX = TopicJson.TOPICS + "/";

    private final Supplier<TopicService> topics;
    private final TopicHandlersResource handlers;

    TopicsResource(Supplier<TopicService> topics) {
        this.topics = topics;
        this.handlers = new TopicHandlersResource(topics);
    }

    /** The topic and what follows it in the path: {"t", "handlers", "h"}, at most three parts. */
    static String[] parts(Exchange ex) {
        return ex.path().substring(PREFIX.length()).split("/", 3);
    }

    void list(Exchange ex) throws IOException {
        String pattern = ex.param("pattern");
        AlertLevel min = minLevel(ex);
        List<TopicState> out = new ArrayList<>();
        for (TopicState t : topics.get().topics(min)) {
            if (pattern.isEmpty() || Glob.matches(pattern, t.id())) {
                out.add(t);
            }
        }
        ex.json(200, TopicJson.topics(ex.requestUri(), out));
    }

    void get(Exchange ex) throws IOException {
        String[] p = parts(ex);
        String topic = p[0];
        String what = p.length > 1 ? p[1] : "";
        if (p.length == 2 && what.equals("events")) {
            events(ex, topic);
        } else if (p.length == 3 && what.equals("events") && !p[2].contains("/")) {
            event(ex, topic, p[2]);
        } else if (p.length == 2 && what.equals("handlers")) {
            handlers.list(ex, topic);
        } else if (p.length == 3 && what.equals("handlers") && !p[2].contains("/")) {
            handlers.get(ex, topic, p[2]);
        } else {
            TopicState t = topics.get().topic(topic).orElseThrow(() ->
                    new ApiException(404, "unknown topic: " + TopicHandlerSpec.quote(topic)));
            ex.json(200, TopicJson.topic(t));
        }
    }

    private void events(Exchange ex, String topic) throws IOException {
        AlertLevel min = minLevel(ex);
        try {
            ex.json(200, TopicJson.events(topic, topics.get().events(topic, min)));
        } catch (IllegalArgumentException e) {
            throw new ApiException(500, "failed to get topic events: " + e.getMessage());
        }
    }

    private void event(Exchange ex, String topic, String id) throws IOException {
        ex.json(200, TopicJson.event(topic, topics.get().event(topic, id).orElseThrow(() -> new ApiException(404,
                "unknown event " + TopicHandlerSpec.quote(id) + " in topic " + TopicHandlerSpec.quote(topic)))));
    }

    void post(Exchange ex) throws IOException {
        handlers.create(ex, parts(ex)[0]);
    }

    void put(Exchange ex) throws IOException {
        String[] p = parts(ex);
        handlers.replace(ex, p[0], handlerId(p));
    }

    void patch(Exchange ex) throws IOException {
        String[] p = parts(ex);
        handlers.patch(ex, p[0], handlerId(p));
    }

    /** A topic path deletes the topic, a handler path the handler. */
    void delete(Exchange ex) {
        String[] p = parts(ex);
        if (p.length == 3 && p[1].equals("handlers")) {
            topics.get().deleteHandler(p[0], p[2]);
        } else {
            topics.get().deleteTopic(p[0]);
        }
        ex.noContent();
    }

    /** The handler id of a handlers/<id> path, else "" (Kapacitor then finds no such handler). */
    private static String handlerId(String[] p) {
        return p.length == 3 && p[1].equals("handlers") ? p[2] : "";
    }

    /** Kapacitor's ParseLevel: case-insensitive, and "" is OK. */
    private static AlertLevel minLevel(Exchange ex) {
        String s = ex.param("min-level");
        if (s.isEmpty()) {
            return AlertLevel.OK;
        }
        try {
            return AlertLevel.parse(s);
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, e.getMessage());
        }
    }
}

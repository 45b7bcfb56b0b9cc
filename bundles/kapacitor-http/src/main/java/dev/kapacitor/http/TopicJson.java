package dev.kapacitor.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kapacitor.api.alert.TopicEventState;
import dev.kapacitor.api.alert.TopicHandlerSpec;
import dev.kapacitor.api.alert.TopicState;
import dev.kapacitor.api.gofmt.GoDuration;
import dev.kapacitor.api.gofmt.GoTime;
import dev.kapacitor.http.json.GoJson;

import java.time.Instant;
import java.util.List;

/** Kapacitor's client.Topic, TopicEvent and TopicHandler JSON, in their Go field order. */
final class TopicJson {
    static final String TOPICS = "/kapacitor/v1/alerts/topics";

    private TopicJson() {
    }

    static ObjectNode link(String rel, String href) {
        ObjectNode l = GoJson.object();
        l.put("rel", rel);
        l.put("href", href);
        return l;
    }

    static String topicHref(String topic) {
        return TOPICS + "/" + topic;
    }

    static ObjectNode topic(TopicState t) {
        ObjectNode o = GoJson.object();
        o.set("link", link("self", topicHref(t.id())));
        o.put("id", t.id());
        o.put("level", t.level().name());
        o.put("collected", t.collected());
        o.set("events-link", link("events", topicHref(t.id()) + "/events"));
        o.set("handlers-link", link("handlers", topicHref(t.id()) + "/handlers"));
        return o;
    }

    static ObjectNode topics(String self, List<TopicState> list) {
        ObjectNode o = GoJson.object();
        o.set("link", link("self", self));
        ArrayNode a = o.putArray("topics");
        list.forEach(t -> a.add(topic(t)));
        return o;
    }

    static ObjectNode event(String topic, TopicEventState e) {
        ObjectNode o = GoJson.object();
        o.set("link", link("self", topicHref(topic) + "/events/" + e.id()));
        o.put("id", e.id());
        ObjectNode s = o.putObject("state");
        s.put("message", e.message());
        s.put("details", e.details());
        s.put("time", GoTime.format(Instant.ofEpochSecond(0, e.time())));
        s.put("duration", GoDuration.string(e.duration()));
        s.put("level", e.level().name());
        return o;
    }

    static ObjectNode events(String topic, List<TopicEventState> list) {
        ObjectNode o = GoJson.object();
        o.set("link", link("self", topicHref(topic) + "/events"));
        o.put("topic", topic);
        ArrayNode a = o.putArray("events");
        list.forEach(e -> a.add(event(topic, e)));
        return o;
    }

    static ObjectNode handler(TopicHandlerSpec h) {
        ObjectNode o = GoJson.object();
        o.set("link", link("self", topicHref(h.topic()) + "/handlers/" + h.id()));
        o.put("id", h.id());
        o.put("kind", h.kind());
        // as a POJO, so its numbers are written as Go writes float64s and its keys sorted
        o.putPOJO("options", h.options());
        o.put("match", h.match());
        return o;
    }

    static ObjectNode handlers(String self, String topic, List<TopicHandlerSpec> list) {
        ObjectNode o = GoJson.object();
        o.set("link", link("self", self));
        o.put("topic", topic);
        ArrayNode a = o.putArray("handlers");
        list.forEach(h -> a.add(handler(h)));
        return o;
    }
}

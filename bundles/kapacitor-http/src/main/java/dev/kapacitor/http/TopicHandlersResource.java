package dev.kapacitor.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kapacitor.api.alert.TopicHandlerSpec;
import dev.kapacitor.api.alert.TopicService;
import dev.kapacitor.http.json.GoJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The handlers of a topic: /kapacitor/v1/alerts/topics/<t>/handlers[/<h>]. */
final class TopicHandlersResource {
    private final Supplier<TopicService> topics;

    TopicHandlersResource(Supplier<TopicService> topics) {
        this.topics = topics;
    }

    void list(Exchange ex, String topic) throws IOException {
        String pattern = ex.param("pattern");
        List<TopicHandlerSpec> out = new ArrayList<>();
        for (TopicHandlerSpec h : topics.get().handlers(topic)) {
            if (pattern.isEmpty() || Glob.matches(pattern, h.id())) {
                out.add(h);
            }
        }
        ex.json(200, TopicJson.handlers(ex.requestUri(), topic, out));
    }

    void get(Exchange ex, String topic, String id) throws IOException {
        ex.json(200, TopicJson.handler(existing(topic, id)));
    }

    private TopicHandlerSpec existing(String topic, String id) {
        return topics.get().handler(topic, id).orElseThrow(() ->
                new ApiException(404, "unknown handler: " + TopicHandlerSpec.quote(id)));
    }

    void create(Exchange ex, String topic) throws IOException {
        TopicHandlerSpec spec = spec(topic, read(ex.body(), "invalid handler json: "), "invalid handler json: ");
        validate(spec);
        try {
            topics.get().createHandler(spec);
        } catch (IllegalArgumentException e) {
            throw new ApiException(500, "failed to create handler: " + e.getMessage());
        }
        ex.json(200, TopicJson.handler(spec));
    }

    void replace(Exchange ex, String topic, String id) throws IOException {
        existing(topic, id);
        TopicHandlerSpec spec = spec(topic, read(ex.body(), "failed to unmarshal JSON: "), "failed to unmarshal JSON: ");
        update(ex, id, spec);
    }

    void patch(Exchange ex, String topic, String id) throws IOException {
        TopicHandlerSpec old = existing(topic, id);
        JsonNode patch = read(ex.body(), "invalid patch json: ");
        JsonNode patched;
        try {
            patched = JsonPatch.apply(patch, json(old));
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "failed to apply patch: " + e.getMessage());
        }
        update(ex, id, spec(topic, patched, "failed to unmarshal patched json: "));
    }

    private void update(Exchange ex, String id, TopicHandlerSpec spec) throws IOException {
        validate(spec);
        try {
            topics.get().replaceHandler(id, spec);
        } catch (IllegalArgumentException e) {
            throw new ApiException(500, "failed to update handler: " + e.getMessage());
        }
        ex.json(200, TopicJson.handler(spec));
    }

    private static void validate(TopicHandlerSpec spec) {
        try {
            spec.validate();
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "invalid handler spec: " + e.getMessage());
        }
    }

    private static JsonNode read(byte[] body, String error) {
        try {
            return GoJson.read(body);
        } catch (JsonProcessingException e) {
            throw new ApiException(400, error + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ApiException(400, error + e.getMessage());
        }
    }

    /** The spec's JSON as Kapacitor's HandlerSpec marshals, what a patch applies to. */
    private static ObjectNode json(TopicHandlerSpec s) {
        ObjectNode o = GoJson.object();
        o.put("id", s.id());
        o.put("topic", s.topic());
        o.put("kind", s.kind());
        o.set("options", GoJson.mapper().valueToTree(s.options()));
        o.put("match", s.match());
        return o;
    }

    /** The topic is the path's, whatever the body says. */
    @SuppressWarnings("unchecked")
    private static TopicHandlerSpec spec(String topic, JsonNode n, String error) {
        if (n == null || !n.isObject()) {
            throw new ApiException(400, error + "expected a JSON object");
        }
        JsonNode options = n.get("options");
        if (options != null && !options.isObject() && !options.isNull()) {
            throw new ApiException(400, error + "options must be an object");
        }
        Map<String, Object> o = options == null || options.isNull() ? null
                : GoJson.mapper().convertValue(options, Map.class);
        return new TopicHandlerSpec(text(n, "id"), topic, text(n, "kind"), o, text(n, "match"));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? "" : v.asText();
    }
}

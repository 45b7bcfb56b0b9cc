package dev.kapacitor.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kapacitor.api.alert.ServiceTest;
import dev.kapacitor.api.gofmt.GoQuote;
import dev.kapacitor.http.json.GoJson;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/**
 * /kapacitor/v1/service-tests: the integrations' test messages. As Kapacitor's servicetest
 * service, answers are json.Encoder's (compact, newline ended), errors the API's usual ones.
 */
final class ServiceTestsResource {
    static final String PATH = "/kapacitor/v1/service-tests";

    /** By name, so the list comes sorted as Kapacitor sorts it. */
    private final NavigableMap<String, ServiceTest> tests;

    ServiceTestsResource(NavigableMap<String, ServiceTest> tests) {
        this.tests = tests;
    }

    void list(Exchange ex) throws IOException {
        String pattern = ex.param("pattern");
        ObjectNode o = GoJson.object();
        o.set("link", TopicJson.link("self", PATH));
        ArrayNode services = null; // Go's nil slice: "services":null when nothing matches
        for (ServiceTest t : tests.values()) {
            if (pattern.isEmpty() || Glob.matches(pattern, t.name())) {
                if (services == null) {
                    services = GoJson.mapper().createArrayNode();
                }
                services.add(json(t));
            }
        }
        o.set("services", services);
        ex.encoded(200, o);
    }

    void get(Exchange ex) throws IOException {
        ex.encoded(200, json(find(ex)));
    }

    void test(Exchange ex) throws IOException {
        ServiceTest t = find(ex);
        Map<String, Object> options = ServiceTestOptions.decode(t.name(), t.options(), ex.body());
        ObjectNode result = GoJson.object();
        String message = run(t, options);
        result.put("success", message == null);
        result.put("message", message == null ? "" : message);
        ex.encoded(200, result);
    }

    /** The failure's message, or null when the test message went out. */
    private static String run(ServiceTest t, Map<String, Object> options) {
        try {
            t.test(options);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        } catch (Exception e) {
            return String.valueOf(e.getMessage());
        }
    }

    private ServiceTest find(Exchange ex) {
        String name = stripSlashes(ex.path().substring(PATH.length() + 1));
        if (name.isEmpty()) {
            throw new ApiException(400, "must provide service name");
        }
        ServiceTest t = tests.get(name);
        if (t == null) {
            throw new ApiException(404, "service " + GoQuote.quote(name) + " not found");
        }
        return t;
    }

    private static String stripSlashes(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '/') {
            end--;
        }
        return s.substring(0, end);
    }

    private static ObjectNode json(ServiceTest t) {
        ObjectNode o = GoJson.object();
        o.set("link", TopicJson.link("self", PATH + "/" + t.name()));
        o.put("name", t.name());
        o.set("options", ServiceTestOptions.tree(t.options()));
        return o;
    }

    /** Lists as JSON arrays, for {@link ServiceTestOptions}. */
    static ArrayNode array(List<?> list) {
        ArrayNode a = GoJson.mapper().createArrayNode();
        for (Object v : list) {
            a.add(ServiceTestOptions.tree(v));
        }
        return a;
    }
}

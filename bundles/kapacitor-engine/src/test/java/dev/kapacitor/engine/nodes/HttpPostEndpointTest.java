package dev.kapacitor.engine.nodes;

import static dev.kapacitor.engine.nodes.TestPipelines.T0;
import static dev.kapacitor.engine.nodes.TestPipelines.lines;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import dev.kapacitor.alert.post.PostEndpoint;
import dev.kapacitor.alert.post.PostEndpointConfig;
import dev.kapacitor.alert.post.PostHandlerFactory;
import dev.kapacitor.engine.conformance.Collector;
import dev.kapacitor.engine.runtime.EngineServices;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** httpPost().endpoint(name) with the post integration's real configured endpoints. */
public class HttpPostEndpointTest {
    private Collector collector;
    private EngineServices services;
    private final PostHandlerFactory post = new PostHandlerFactory();

    @Before
    public void open() throws Exception {
        collector = new Collector();
        services = new EngineServices();
        services.alerts().handlers().addPostEndpoints(post);
    }

    @After
    public void close() {
        services.close();
        collector.close();
    }

    /** The configuration ConfigAdmin would give: the metatype defaults, with these values. */
    private static PostEndpointConfig config(Map<String, Object> values) {
        return (PostEndpointConfig) Proxy.newProxyInstance(PostEndpointConfig.class.getClassLoader(),
                new Class<?>[] {PostEndpointConfig.class},
                (proxy, m, args) -> values.getOrDefault(m.getName(), m.getDefaultValue()));
    }

    private List<String> run(String script, int posts) throws Exception {
        var r = TestPipelines.start(script, services);
        r.write(lines("m,h=a v=1.5 " + T0, "m,h=b v=2 " + (T0 + 1_000_000_000)));
        r.finish();
        return collector.await("/", posts, 5000, 0).getOrDefault("ep", List.of());
    }

    @Test
    public void theRowTemplateMakesTheBodyWithTheEndpointsHeaders() throws Exception {
        post.addEndpoint(new PostEndpoint(config(Map.of("endpoint", "rows", "url", collector.url() + "/ep",
                "headers", new String[] {"X-Team:infra"}, "basic$_$auth$_$username", "bob",
                "basic$_$auth$_$password", "pw", "row$_$template",
                "{{.Name}} {{index .Tags \"h\"}}{{range .Values}} {{index . \"v\"}} at {{index . \"time\"}}{{end}}"))));
        assertEquals(List.of("m a 1.5 at 2020-01-01 00:00:00 +0000 UTC", "m b 2 at 2020-01-01 00:00:01 +0000 UTC"),
                run("stream|from()|httpPost().endpoint('rows').header('X-Team', 'ops')", 2));
        var h = collector.headers().get(0);
        assertEquals(List.of("ops"), h.get("X-team"));
        assertEquals(List.of("Basic Ym9iOnB3"), h.get("Authorization"));
        assertEquals(null, h.get("Content-type"));
    }

    @Test
    public void withoutARowTemplateTheRowIsPostedAsJson() throws Exception {
        post.addEndpoint(new PostEndpoint(config(Map.of("endpoint", "json", "url", collector.url() + "/ep",
                "headers", new String[] {"X-Team:infra"}))));
        assertEquals(List.of("{\"series\":[{\"name\":\"m\",\"tags\":{\"h\":\"a\"},\"columns\":[\"time\",\"v\"],"
                        + "\"values\":[[\"2020-01-01T00:00:00Z\",1.5]]}]}\n",
                "{\"series\":[{\"name\":\"m\",\"tags\":{\"h\":\"b\"},\"columns\":[\"time\",\"v\"],"
                        + "\"values\":[[\"2020-01-01T00:00:01Z\",2]]}]}\n"),
                run("stream|from()|httpPost().endpoint('json')", 2));
        var h = collector.headers().get(0);
        assertEquals(List.of("infra"), h.get("X-team"));
        assertEquals(List.of("application/json"), h.get("Content-type"));
    }

    @Test
    public void anUnknownEndpointFailsTheTaskStart() {
        Exception e = assertThrows(Exception.class,
                () -> TestPipelines.start("stream|from()|httpPost().endpoint('nope')", services));
        assertEquals("endpoint 'nope' does not exist", e.getMessage());
    }
}

package dev.kapacitor.alert.post;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.kapacitor.api.alert.support.JsonPoster;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** Kapacitor's "httppost" service test against a loopback server. */
public class PostServiceTestTest {
    private final PostServiceTest test = new PostServiceTest(
            new JsonPoster.Settings(Duration.ofSeconds(1), Duration.ofSeconds(2), 1, Duration.ofMillis(10)));
    private final List<String> received = Collections.synchronizedList(new ArrayList<>());
    private HttpServer server;

    @Before
    public void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> {
            received.add(ex.getRequestURI().getPath() + " " + ex.getRequestHeaders().getFirst("Content-Type") + " "
                    + ex.getRequestHeaders().getFirst("Auth") + " "
                    + new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            ex.sendResponseHeaders(404, -1);
            ex.close();
        });
        server.start();
    }

    @After
    public void stop() {
        server.stop(0);
    }

    @Test
    public void optionsAreKapacitorsInItsFieldOrder() {
        assertEquals("{endpoint=example, url=http://localhost:3000/, headers={Auth=secret}, timeout=0}",
                test.options().toString());
    }

    @Test
    public void postsTheEmptyAlertDataWithTheHeadersAndTakesAnyAnswer() throws Exception {
        Map<String, Object> o = test.options();
        o.put("url", "http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
        o.put("headers", new LinkedHashMap<>(Map.of("Auth", "t0k")));
        test.test(o);
        assertEquals(List.of("/hook application/json t0k {\"id\":\"\",\"message\":\"\",\"details\":\"\","
                + "\"time\":\"0001-01-01T00:00:00Z\",\"duration\":0,\"level\":\"OK\",\"data\":{\"series\":null},"
                + "\"previousLevel\":\"OK\",\"recoverable\":false}\n"), received);
    }

    @Test
    public void anUnreachableUrlFails() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        Map<String, Object> o = test.options();
        o.put("url", "http://127.0.0.1:" + closed + "/");
        IOException e = assertThrows(IOException.class, () -> test.test(o));
        assertTrue(e.getMessage(), e.getMessage().startsWith("failed to POST alert data: "));
        o.put("url", "");
        e = assertThrows(IOException.class, () -> test.test(o));
        assertTrue(e.getMessage(), e.getMessage().startsWith("failed to POST alert data: "));
    }
}

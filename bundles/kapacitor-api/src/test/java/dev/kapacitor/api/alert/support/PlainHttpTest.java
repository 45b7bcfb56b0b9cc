package dev.kapacitor.api.alert.support;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.After;
import org.junit.Test;

/** The plain HTTP/1.1 client against a loopback server that answers as each test scripts it. */
public class PlainHttpTest {
    private ServerSocket server;
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger connections = new AtomicInteger();
    private final PlainHttp http = new PlainHttp(1000);

    /** Answers every request on a connection with the next of {@code answers}, then closes it if told. */
    private URI serve(boolean closeAfterEach, String... answers) throws IOException {
        server = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
        Thread t = new Thread(() -> {
            AtomicInteger next = new AtomicInteger();
            while (!server.isClosed() && next.get() < answers.length) {
                try (Socket s = server.accept()) {
                    connections.incrementAndGet();
                    BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
                    OutputStream out = s.getOutputStream();
                    while (next.get() < answers.length && readRequest(in)) {
                        out.write(answers[next.getAndIncrement()].getBytes(StandardCharsets.UTF_8));
                        out.flush();
                        if (closeAfterEach) {
                            break;
                        }
                    }
                } catch (IOException e) {
                    return;
                }
            }
        }, "plain-http-test-server");
        t.setDaemon(true);
        t.start();
        return URI.create("http://127.0.0.1:" + server.getLocalPort() + "/hook?token=x");
    }

    private boolean readRequest(BufferedReader in) throws IOException {
        StringBuilder head = new StringBuilder();
        int length = 0;
        for (String l = in.readLine(); l != null; l = in.readLine()) {
            if (l.isEmpty()) {
                char[] body = new char[length];
                int n = 0;
                while (n < length) {
                    n += in.read(body, n, length - n);
                }
                requests.add(head + new String(body));
                return true;
            }
            if (l.startsWith("Content-Length: ")) {
                length = Integer.parseInt(l.substring(16));
            }
            head.append(l).append('\n');
        }
        return false;
    }

    @After
    public void stop() throws IOException {
        http.close();
        if (server != null) {
            server.close();
        }
    }

    @Test
    public void sendsExactlyTheGivenHeadersAndReadsChunkedAnswers() throws Exception {
        URI url = serve(false, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2;x=y\r\nde\r\n0\r\n\r\n",
                "HTTP/1.1 404 Not Found\r\nContent-Length: 4\r\n\r\nnope");
        assertEquals(new JsonPoster.Answer(200, "abcde"),
                http.post(url, "{}".getBytes(StandardCharsets.UTF_8), Map.of("X-Team", "ops"), 1000));
        assertEquals(new JsonPoster.Answer(404, "nope"), http.post(url, new byte[0], Map.of(), 1000));
        assertEquals("POST /hook?token=x HTTP/1.1\nHost: 127.0.0.1:" + server.getLocalPort() + "\nContent-Length: 2\n"
                + "User-Agent: Java-http-client/" + System.getProperty("java.version") + "\nX-Team: ops\n{}", requests.get(0));
        assertFalse(requests.get(1).contains("Content-Type"));
        assertEquals("both on one keep-alive connection", 1, connections.get());
    }

    @Test
    public void anAnswerThatClosesTheConnectionIsReadToItsEnd() throws Exception {
        URI url = serve(true, "HTTP/1.1 201 Created\r\nConnection: close\r\n\r\nmade", "HTTP/1.0 200 OK\r\n\r\nold");
        assertEquals(new JsonPoster.Answer(201, "made"), http.post(url, new byte[0], Map.of(), 1000));
        assertEquals(new JsonPoster.Answer(200, "old"), http.post(url, new byte[0], Map.of(), 1000));
        assertEquals(2, connections.get());
    }

    @Test
    public void anIdleConnectionClosedByTheServerIsRetriedOnANewOne() throws Exception {
        // the server closes after each answer although the answer says keep-alive
        URI url = serve(true, "HTTP/1.1 204 No Content\r\n\r\n", "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
        assertEquals(204, http.post(url, new byte[0], Map.of(), 1000).status());
        assertEquals(new JsonPoster.Answer(200, "ok"), http.post(url, new byte[0], Map.of(), 1000));
        assertEquals(2, connections.get());
        assertEquals(2, requests.size());
    }

    @Test
    public void malformedAnswersAndLineBreaksInHeadersAreRefused() throws Exception {
        URI url = serve(false, "SMTP ready\r\n\r\n");
        IOException e = assertThrows(IOException.class, () -> http.post(url, new byte[0], Map.of(), 1000));
        assertTrue(e.getMessage(), e.getMessage().startsWith("malformed HTTP response"));
        assertThrows(IllegalArgumentException.class, () -> http.post(url, new byte[0], Map.of("X", "a\r\nB: c"), 1000));
    }

    @Test
    public void aConnectionIdleTooLongIsClosedNotReused() throws Exception {
        URI url = serve(false, "HTTP/1.1 204 No Content\r\n\r\n", "HTTP/1.1 204 No Content\r\n\r\n");
        PlainHttp impatient = new PlainHttp(1000, 0);
        try {
            assertEquals(204, impatient.post(url, new byte[0], Map.of(), 1000).status());
            Thread.sleep(1);
            assertEquals(204, impatient.post(url, new byte[0], Map.of(), 1000).status());
            assertEquals(2, connections.get());
        } finally {
            impatient.close();
        }
    }

    @Test
    public void onlyPlainHttpWithoutUserInfoIsHandled() {
        assertTrue(PlainHttp.handles(URI.create("http://example.com/x")));
        assertFalse(PlainHttp.handles(URI.create("https://example.com/x")));
        assertFalse(PlainHttp.handles(URI.create("http://bob:pw@example.com/x")));
    }
}

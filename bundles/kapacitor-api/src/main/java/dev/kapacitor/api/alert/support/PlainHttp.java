package dev.kapacitor.api.alert.support;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.TimeUnit;

/**
 * HTTP/1.1 POSTs over plain sockets, on the calling thread, with keep-alive connections kept per
 * host and port. The JDK's {@code HttpClient} hands every exchange between its selector thread,
 * its executor and the caller: on two busy cores a loopback post then took 2.7 ms at the median
 * against 0.4 ms done on the caller's thread ({@code HttpURLConnection}), and a handler posting two alerts per write body
 * fell seconds behind its task. {@code HttpURLConnection} would do as well but adds headers
 * Kapacitor does not send (a form Content-Type, an Accept). TLS stays with the JDK's client.
 *
 * <p>Each read waits at most the request's timeout; a blocked read does not answer interrupts.
 */
final class PlainHttp {
    /** An idle connection the server may have closed meanwhile: one retry on a fresh one. */
    private static final int STALE_RETRIES = 1;
    private static final String USER_AGENT = "Java-http-client/" + System.getProperty("java.version");
    /**
     * Idle longer than this, a connection is closed rather than reused: servers drop idle ones
     * after some seconds, and a dropped one would otherwise sit half-closed until the next alert.
     */
    static final long MAX_IDLE_NANOS = TimeUnit.SECONDS.toNanos(30);

    private final int connectTimeoutMillis;
    private final long maxIdleNanos;
    private final Map<String, ConcurrentLinkedDeque<Connection>> idle = new ConcurrentHashMap<>();

    PlainHttp(int connectTimeoutMillis) {
        this(connectTimeoutMillis, MAX_IDLE_NANOS);
    }

    PlainHttp(int connectTimeoutMillis, long maxIdleNanos) {
        this.connectTimeoutMillis = connectTimeoutMillis;
        this.maxIdleNanos = maxIdleNanos;
    }

    static boolean handles(URI url) {
        return "http".equalsIgnoreCase(url.getScheme()) && url.getHost() != null && url.getRawUserInfo() == null;
    }

    JsonPoster.Answer post(URI url, byte[] body, Map<String, String> headers, int timeoutMillis) throws IOException {
        int port = url.getPort() < 0 ? 80 : url.getPort();
        String key = url.getHost() + ":" + port;
        byte[] request = request(url, port, body, headers);
        for (int retry = 0; ; retry++) {
            Connection c = takeIdle(key);
            boolean reused = c != null;
            if (c == null) {
                c = Connection.open(url.getHost(), port, connectTimeoutMillis);
            }
            try {
                c.socket.setSoTimeout(timeoutMillis);
                send(c, request, reused);
                Response r = Response.read(c.in);
                if (r.keepAlive) {
                    c.idleSince = System.nanoTime();
                    idle.get(key).addFirst(c);
                } else {
                    c.close();
                }
                return new JsonPoster.Answer(r.status, r.body);
            } catch (Connection.Stale e) {
                c.close();
                if (!reused || retry >= STALE_RETRIES) {
                    throw new EOFException("the server closed the connection without an answer");
                }
            } catch (IOException | RuntimeException e) {
                c.close();
                throw e;
            }
        }
    }

    /** The most recently used idle connection to the host that is not too old, or null. */
    private Connection takeIdle(String key) {
        ConcurrentLinkedDeque<Connection> q = idle.computeIfAbsent(key, k -> new ConcurrentLinkedDeque<>());
        for (Connection c = q.pollFirst(); c != null; c = q.pollFirst()) {
            if (System.nanoTime() - c.idleSince <= maxIdleNanos) {
                return c;
            }
            c.close();
        }
        return null;
    }

    private static void send(Connection c, byte[] request, boolean reused) throws IOException {
        try {
            c.socket.getOutputStream().write(request);
        } catch (IOException e) {
            if (reused) {
                throw new Connection.Stale();
            }
            throw e;
        }
    }

    /** Head and body in one array, so they leave in one write. */
    private static byte[] request(URI url, int port, byte[] body, Map<String, String> headers) {
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        StringBuilder head = new StringBuilder(256)
                .append("POST ").append(path).append(url.getRawQuery() == null ? "" : "?" + url.getRawQuery())
                .append(" HTTP/1.1\r\nHost: ").append(url.getHost()).append(port == 80 ? "" : ":" + port)
                .append("\r\nContent-Length: ").append(body.length)
                .append("\r\nUser-Agent: ").append(USER_AGENT).append("\r\n");
        headers.forEach((name, value) -> head.append(checked(name)).append(": ").append(checked(value)).append("\r\n"));
        byte[] h = head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[h.length + body.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(body, 0, all, h.length, body.length);
        return all;
    }

    private static String checked(String headerText) {
        if (headerText.indexOf('\r') >= 0 || headerText.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("invalid header: line breaks are not allowed");
        }
        return headerText;
    }

    /** Closes the idle connections. */
    void close() {
        idle.values().forEach(q -> q.forEach(Connection::close));
        idle.clear();
    }

    private static final class Connection {
        final Socket socket;
        final InputStream in;
        /** When it was last put back idle; the taking thread's alone otherwise. */
        volatile long idleSince;

        Connection(Socket socket, InputStream in) {
            this.socket = socket;
            this.in = in;
        }

        /** The connection ended before the first byte of an answer. */
        static final class Stale extends IOException {
            Stale() {
                super("stale connection");
            }
        }

        static Connection open(String host, int port, int connectTimeoutMillis) throws IOException {
            Socket s = new Socket();
            try {
                s.setTcpNoDelay(true);
                s.connect(new InetSocketAddress(host, port), connectTimeoutMillis);
                return new Connection(s, new BufferedInputStream(s.getInputStream(), 8192));
            } catch (IOException e) {
                s.close();
                throw e;
            }
        }

        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // nothing to do: the connection is dropped either way
            }
        }
    }

    /** A response: status, body, and whether the connection can take the next request. */
    private record Response(int status, String body, boolean keepAlive) {
        static Response read(InputStream in) throws IOException {
            int first = in.read();
            if (first < 0) {
                throw new Connection.Stale();
            }
            String statusLine = (char) first + line(in);
            while (true) {
                int status = status(statusLine);
                Headers h = Headers.read(in);
                if (status / 100 == 1) {
                    statusLine = line(in);
                    continue;
                }
                boolean http11 = statusLine.startsWith("HTTP/1.1");
                byte[] body;
                boolean untilClose = false;
                if (status == 204 || status == 304) {
                    body = new byte[0];
                } else if (h.chunked) {
                    body = chunked(in);
                } else if (h.contentLength >= 0) {
                    body = in.readNBytes((int) h.contentLength);
                    if (body.length < h.contentLength) {
                        throw new EOFException("the answer ended early");
                    }
                } else {
                    body = in.readAllBytes();
                    untilClose = true;
                }
                boolean keepAlive = http11 && !h.close && !untilClose;
                return new Response(status, new String(body, StandardCharsets.UTF_8), keepAlive);
            }
        }

        private static int status(String statusLine) throws IOException {
            if (!statusLine.startsWith("HTTP/1.") || statusLine.length() < 12) {
                throw new IOException("malformed HTTP response \"" + statusLine + "\"");
            }
            try {
                return Integer.parseInt(statusLine.substring(9, 12));
            } catch (NumberFormatException e) {
                throw new IOException("malformed HTTP status code \"" + statusLine + "\"");
            }
        }

        private static byte[] chunked(InputStream in) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            while (true) {
                String size = line(in);
                int semicolon = size.indexOf(';');
                long n = number((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
                if (n == 0) {
                    Headers.read(in); // trailers
                    return out.toByteArray();
                }
                byte[] chunk = in.readNBytes((int) n);
                if (chunk.length < n) {
                    throw new EOFException("the answer ended early");
                }
                out.write(chunk);
                line(in);
            }
        }
    }

    /** What of a response's headers decides how its body is read. */
    private record Headers(long contentLength, boolean chunked, boolean close) {
        static Headers read(InputStream in) throws IOException {
            long length = -1;
            boolean chunked = false;
            boolean close = false;
            for (String l = line(in); !l.isEmpty(); l = line(in)) {
                int colon = l.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String name = l.substring(0, colon).trim();
                String value = l.substring(colon + 1).trim();
                if (name.equalsIgnoreCase("Content-Length")) {
                    length = number(value, 10);
                } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
                    chunked = value.toLowerCase().contains("chunked");
                } else if (name.equalsIgnoreCase("Connection")) {
                    close = value.equalsIgnoreCase("close");
                }
            }
            return new Headers(length, chunked, close);
        }
    }

    private static long number(String text, int radix) throws IOException {
        try {
            long n = Long.parseLong(text, radix);
            if (n < 0 || n > Integer.MAX_VALUE) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IOException("malformed HTTP response: bad length \"" + text + "\"");
        }
    }

    /** One line without its CRLF (or LF). */
    private static String line(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder(64);
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new EOFException("the answer ended early");
            }
            if (c != '\r') {
                sb.append((char) c);
            }
        }
        return sb.toString();
    }
}

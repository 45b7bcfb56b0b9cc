package dev.kapacitor.benchmarks.load;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * One keep-alive HTTP/1.1 connection that POSTs write bodies: the request head is built once, so a
 * request costs two writes and the read of a short response. Far cheaper than the server's side
 * of the same request, which is the point: the load generator must not be what is measured.
 */
final class WriteConnection implements AutoCloseable {
    private static final int MAX_LINE = 8192;
    private static final byte[] CRLF_CRLF = {'\r', '\n', '\r', '\n'};

    private final URI target;
    private final byte[] headStart;
    private Socket socket;
    private OutputStream out;
    private InputStream in;
    /** The server said {@code Connection: close}: the next request needs a new socket. */
    private boolean closed;
    private final byte[] line = new byte[MAX_LINE];
    private final byte[] discard = new byte[MAX_LINE];

    /** @param target the server's base URL; @param pathAndQuery e.g. {@code /write?db=telegraf&rp=autogen} */
    WriteConnection(URI target, String pathAndQuery) throws IOException {
        this.target = target;
        connect();
        headStart = ("POST " + pathAndQuery + " HTTP/1.1\r\nHost: " + target.getHost() + ':' + target.getPort()
                + "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ").getBytes(StandardCharsets.US_ASCII);
    }

    private void connect() throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(60_000);
        socket.connect(new InetSocketAddress(target.getHost(), target.getPort()), 5_000);
        out = socket.getOutputStream();
        in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
        closed = false;
    }

    /** Sends {@code body} followed by {@code tail} (may be empty) as one request; returns the status. */
    int post(byte[] body, byte[] tail) throws IOException {
        if (closed) {
            socket.close();
            connect();
        }
        out.write(headStart);
        out.write(Integer.toString(body.length + tail.length).getBytes(StandardCharsets.US_ASCII));
        out.write(CRLF_CRLF);
        out.write(body);
        if (tail.length > 0) {
            out.write(tail);
        }
        out.flush();
        return readResponse();
    }

    /** Reads the status line, the headers and whatever body they announce; returns the status. */
    private int readResponse() throws IOException {
        int n = readLine();
        if (n < 12) {
            throw new IOException("bad status line: " + new String(line, 0, n, StandardCharsets.US_ASCII));
        }
        int status = (line[9] - '0') * 100 + (line[10] - '0') * 10 + (line[11] - '0');
        long length = status == 204 || status == 304 ? 0 : -1;
        boolean chunked = false;
        while ((n = readLine()) > 0) {
            String header = new String(line, 0, n, StandardCharsets.US_ASCII);
            int colon = header.indexOf(':');
            String name = colon < 0 ? header : header.substring(0, colon).trim();
            String value = colon < 0 ? "" : header.substring(colon + 1).trim();
            if (name.equalsIgnoreCase("Content-Length")) {
                length = Long.parseLong(value);
            } else if (name.equalsIgnoreCase("Transfer-Encoding") && value.equalsIgnoreCase("chunked")) {
                chunked = true;
            } else if (name.equalsIgnoreCase("Connection") && value.equalsIgnoreCase("close")) {
                closed = true;
            }
        }
        if (chunked) {
            skipChunks();
        } else if (length > 0) {
            skip(length);
        } else if (length < 0) {
            throw new IOException("response " + status + " has neither Content-Length nor chunked body");
        }
        return status;
    }

    private void skipChunks() throws IOException {
        long size;
        do {
            int n = readLine();
            String hex = new String(line, 0, n, StandardCharsets.US_ASCII);
            int semi = hex.indexOf(';');
            size = Long.parseLong((semi < 0 ? hex : hex.substring(0, semi)).trim(), 16);
            skip(size);
            readLine(); // the CRLF after the chunk (or the empty trailer)
        } while (size > 0);
    }

    private void skip(long length) throws IOException {
        while (length > 0) {
            int r = in.read(discard, 0, (int) Math.min(discard.length, length));
            if (r < 0) {
                throw new EOFException("connection closed inside a response body");
            }
            length -= r;
        }
    }

    /** One line without its CRLF into {@link #line}; returns its length. */
    private int readLine() throws IOException {
        int n = 0;
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("connection closed by the server");
            }
            if (b == '\n') {
                return n > 0 && line[n - 1] == '\r' ? n - 1 : n;
            }
            if (n == MAX_LINE) {
                throw new IOException("response line longer than " + MAX_LINE + " bytes");
            }
            line[n++] = (byte) b;
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}

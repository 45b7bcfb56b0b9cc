package dev.kapacitor.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Request bodies read into one buffer per server thread instead of a new array per request: a
 * write body is parsed and handed on before the thread serves its next request, and the parsed
 * points keep no reference to the bytes. A buffer grown past {@link #KEEP_MAX} for an unusually
 * large body is dropped after use, so no thread pins it.
 */
final class BodyBuffers {
    /** The bytes of a body: {@code bytes[0, length)}, valid until the same thread reads the next body. */
    record Body(byte[] bytes, int length) {
    }

    private static final int INITIAL = 64 << 10;
    /** A 5,000-line body of 200-byte lines; the server's up to some hundred threads keep at most this each. */
    private static final int KEEP_MAX = 1 << 20;

    private final ThreadLocal<byte[]> buffers = ThreadLocal.withInitial(() -> new byte[INITIAL]);

    /**
     * Reads the stream to its end.
     *
     * @param expected the announced length, or -1: a first guess of the size only
     */
    Body read(InputStream in, int expected) throws IOException {
        byte[] buf = buffers.get();
        if (expected > buf.length) {
            // an announced length is no promise: beyond what a buffer may keep, grow as bytes come
            buf = new byte[Math.min(expected, KEEP_MAX)];
        }
        int n = 0;
        while (true) {
            if (n == buf.length) {
                // a body of exactly the announced length must not double the buffer to find its end:
                // that copy, past KEEP_MAX for bodies over half of it, was made again for every request
                int next = n == expected ? in.read() : 0;
                if (next < 0) {
                    break;
                }
                buf = Arrays.copyOf(buf, buf.length * 2);
                if (n == expected) {
                    buf[n++] = (byte) next;
                }
            }
            int r = in.read(buf, n, buf.length - n);
            if (r < 0) {
                break;
            }
            n += r;
        }
        if (buf.length <= KEEP_MAX) {
            buffers.set(buf);
        }
        return new Body(buf, n);
    }
}

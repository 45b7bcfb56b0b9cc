package dev.kapacitor.http;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.Test;

public class BodyBuffersTest {
    private final BodyBuffers buffers = new BodyBuffers();

    private static byte[] random(int n, long seed) {
        byte[] b = new byte[n];
        new SplittableRandom(seed).nextBytes(b);
        return b;
    }

    private static byte[] bytes(BodyBuffers.Body body) {
        return Arrays.copyOf(body.bytes(), body.length());
    }

    /** A stream that hands out at most 1,000 bytes per read, as a socket does. */
    private static InputStream trickling(byte[] b) {
        return new FilterInputStream(new ByteArrayInputStream(b)) {
            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                return super.read(buf, off, Math.min(len, 1000));
            }
        };
    }

    @Test
    public void aBodyLargerThanTheBufferGrowsItAndTheNextBodyReusesIt() throws IOException {
        byte[] large = random(300_000, 1);
        BodyBuffers.Body first = buffers.read(trickling(large), -1);
        assertArrayEquals(large, bytes(first));
        byte[] small = random(10, 2);
        BodyBuffers.Body second = buffers.read(trickling(small), small.length);
        assertArrayEquals(small, bytes(second));
        assertSame(first.bytes(), second.bytes());
    }

    @Test
    public void anAnnouncedLengthIsOnlyAGuess() throws IOException {
        byte[] b = random(5000, 3);
        assertArrayEquals(b, bytes(buffers.read(trickling(b), 100)));
        assertArrayEquals(b, bytes(buffers.read(trickling(b), 1 << 30)));
        assertEquals(0, buffers.read(new ByteArrayInputStream(new byte[0]), 0).length());
    }

    @Test
    public void aBodyOfTheAnnouncedLengthIsReadWithoutGrowingAndItsBufferIsKept() throws IOException {
        byte[] big = random(600_000, 4);
        BodyBuffers.Body first = buffers.read(trickling(big), big.length);
        assertArrayEquals(big, bytes(first));
        assertEquals(big.length, first.bytes().length);
        BodyBuffers.Body second = buffers.read(trickling(big), big.length);
        assertSame(first.bytes(), second.bytes());
        // longer than announced: still read whole
        byte[] longer = random(600_001, 5);
        assertArrayEquals(longer, bytes(buffers.read(trickling(longer), big.length)));
    }
}

package dev.kapacitor.api.lineprotocol;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;

import dev.kapacitor.api.model.Point;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.Test;

public class ByteKeyCacheTest {
    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static String get(ByteKeyCache<String> c, String key, int hash) {
        byte[] k = b("xx" + key);
        return c.get(k, 2, k.length, hash);
    }

    private static void put(ByteKeyCache<String> c, String key, int hash) {
        byte[] k = b(key + "yy");
        c.put(k, 0, key.length(), hash, key);
    }

    /** Four keys of one slot are all kept; a fifth replaces the one in its own slot, the first put. */
    @Test
    public void fourSlotsPerKey() {
        ByteKeyCache<String> c = new ByteKeyCache<>(8, 16);
        for (String host : List.of("a", "b", "c", "d")) {
            put(c, "cpu,host=" + host, 5);
        }
        for (String host : List.of("a", "b", "c", "d")) {
            assertEquals("cpu,host=" + host, get(c, "cpu,host=" + host, 5));
        }
        assertNull(get(c, "cpu,host=e", 5));
        put(c, "cpu,host=e", 5);
        assertEquals("cpu,host=e", get(c, "cpu,host=e", 5));
        assertNull(get(c, "cpu,host=a", 5));
        assertEquals("cpu,host=b", get(c, "cpu,host=b", 5));
        assertEquals("cpu,host=c", get(c, "cpu,host=c", 5));
        assertEquals("cpu,host=d", get(c, "cpu,host=d", 5));
    }

    /** With two slots per key, three of these keys shared a pair of slots and two missed on every body. */
    @Test
    public void aThousandSeriesStayCached() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            body.append("cpu,host=h").append(i).append(",cpu=cpu0 usage_idle=1 1\n");
        }
        List<Point> first = Lines.parse(body.toString()).points();
        List<Point> again = Lines.parse(body.toString()).points();
        for (int i = 0; i < 1000; i++) {
            assertSame("h" + i, first.get(i).tags(), again.get(i).tags());
        }
    }

    @Test
    public void sameHashOtherBytesIsAMiss() {
        ByteKeyCache<String> c = new ByteKeyCache<>(8, 16);
        put(c, "abc", 7);
        assertNull(get(c, "abd", 7));
        assertNull(get(c, "abc", 8));
        assertEquals("abc", get(c, "abc", 7));
    }
}

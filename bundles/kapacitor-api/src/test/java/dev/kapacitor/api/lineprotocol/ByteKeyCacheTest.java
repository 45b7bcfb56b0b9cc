package dev.kapacitor.api.lineprotocol;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.nio.charset.StandardCharsets;
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

    /** Two keys of one slot are both kept; a third replaces the newer, in the first slot. */
    @Test
    public void twoSlotsPerKey() {
        ByteKeyCache<String> c = new ByteKeyCache<>(8, 16);
        put(c, "cpu,host=a", 5);
        put(c, "cpu,host=b", 5);
        assertEquals("cpu,host=a", get(c, "cpu,host=a", 5));
        assertEquals("cpu,host=b", get(c, "cpu,host=b", 5));
        assertNull(get(c, "cpu,host=c", 5));
        put(c, "cpu,host=c", 5);
        assertEquals("cpu,host=c", get(c, "cpu,host=c", 5));
        assertEquals("cpu,host=a", get(c, "cpu,host=a", 5));
        assertNull(get(c, "cpu,host=b", 5));
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

package dev.kapacitor.api.lineprotocol;

import static dev.kapacitor.api.lineprotocol.Lines.parse;
import static dev.kapacitor.api.lineprotocol.Lines.point;
import static dev.kapacitor.api.lineprotocol.Lines.reason;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.kapacitor.api.model.Point;
import java.util.List;
import org.junit.Test;

/**
 * The scans that read eight bytes at a time (series key end and hash, timestamp digits, field keys
 * remembered from the line before, key compares) at the lengths where words begin and end.
 */
public class WordAtATimeTest {
    @Test
    public void timestampsOfEveryLengthAroundTheWords() {
        String digits = "1234567890123456789";
        for (int n = 1; n <= digits.length(); n++) {
            String t = digits.substring(0, n);
            assertEquals(t, Long.parseLong(t), point("cpu value=1 " + t).time());
        }
        assertEquals(1, point("cpu value=1 0000000000000000001").time());
        assertEquals(-1234567890123456L, point("cpu value=1 -1234567890123456").time());
    }

    @Test
    public void nineteenDigitsThatDoNotFitAreStillRefused() {
        assertEquals("strconv.ParseInt: parsing \"9999999999999999999\": value out of range",
                reason("cpu value=1 9999999999999999999"));
        assertEquals("strconv.ParseInt: parsing \"18446744073709551617\": value out of range",
                reason("cpu value=1 18446744073709551617"));
        assertEquals("bad timestamp", reason("cpu value=1 12345678x"));
        assertEquals("bad timestamp", reason("cpu value=1 1234567812345678x"));
    }

    @Test
    public void seriesKeysOfEveryLengthAroundTheWordsComeBackTheSameFromTheCache() {
        for (int n = 1; n <= 20; n++) {
            String host = "h".repeat(n);
            for (int round = 0; round < 2; round++) {
                Point p = point("m,host=" + host + " v=1 1");
                assertEquals("m", p.name());
                assertEquals(host, p.tags().get("host"));
            }
            Point bare = point("x".repeat(n) + " v=1 1");
            assertEquals("x".repeat(n), bare.name());
        }
    }

    @Test
    public void anEscapedSpaceInTheKeyIsPartOfIt() {
        for (int round = 0; round < 2; round++) {
            Point p = point("cpu,host=a\\ b,region=eu v=1 1");
            assertEquals("a b", p.tags().get("host"));
            assertEquals("eu", p.tags().get("region"));
        }
    }

    @Test
    public void fieldKeysThatChangeFromLineToLine() {
        List<Point> points = parse("cpu usage_idle=1,usage_user=2 1\ncpu usage_idle=3,usage_usr=4 2\n"
                + "cpu a=5 3\ncpu usage_idle=6,usage_user=7 4\n").points();
        assertEquals("[{usage_idle=1.0, usage_user=2.0}, {usage_idle=3.0, usage_usr=4.0}, {a=5.0}, "
                + "{usage_idle=6.0, usage_user=7.0}]", points.stream().map(p -> p.fields().toString()).toList().toString());
    }

    @Test
    public void keysCompareEqualOnlyByteForByteAtEveryLength() {
        for (int n = 0; n <= 40; n++) {
            byte[] key = new byte[n];
            for (int i = 0; i < n; i++) {
                key[i] = (byte) ('a' + i % 26);
            }
            // the key inside a larger buffer, at an offset that is no multiple of eight
            byte[] buf = new byte[n + 11];
            System.arraycopy(key, 0, buf, 3, n);
            assertTrue(n + " bytes", SwarBytes.equals(key, buf, 3, 3 + n));
            assertFalse("one byte shorter", n > 0 && SwarBytes.equals(key, buf, 3, 2 + n));
            for (int i = 0; i < n; i++) {
                buf[3 + i] ^= 0x20;
                assertFalse(n + " bytes, differing at " + i, SwarBytes.equals(key, buf, 3, 3 + n));
                buf[3 + i] ^= 0x20;
            }
        }
    }
}

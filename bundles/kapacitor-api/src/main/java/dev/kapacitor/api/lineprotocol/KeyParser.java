package dev.kapacitor.api.lineprotocol;

import dev.kapacitor.api.model.Tags;
import java.util.Arrays;

/**
 * Reads the series key of a line: the measurement and its tags, up to the space before the fields.
 * Inside a key a byte is escaped when the byte before it is a backslash, as InfluxDB 1.x scans keys.
 */
final class KeyParser {
    /** InfluxDB's limit on the length of the escaped key (models.MaxKeyLength). */
    static final int MAX_KEY_LENGTH = 65535;

    private record Series(String name, Tags tags) {
    }

    /** Whole keys already seen, so a repeated series costs one hashed scan and no allocation. */
    private static final ByteKeyCache<Series> SERIES = new ByteKeyCache<>(16384, 256);

    private static final long SPACES = SwarBytes.repeated(' ');
    private static final long NEWLINES = SwarBytes.repeated('\n');

    private int[] tagKeyStart = new int[8];
    private int[] tagEquals = new int[8];
    private int[] tagValueEnd = new int[8];
    private int tagCount;
    private int measurementEnd;
    private int cachedHash;

    private String error;
    private String name;
    private Tags tags;

    String error() {
        return error;
    }

    String name() {
        return name;
    }

    Tags tags() {
        return tags;
    }

    /**
     * Parses the key starting at buf[from], which is not blank.
     *
     * @return the index of the space that ends the key, or -1 with {@link #error()} set
     */
    int parse(byte[] buf, int from, int to) {
        int end = cachedEnd(buf, from, to);
        return end > 0 ? parseCached(buf, from, end, to) : scan(buf, from, to);
    }

    /**
     * Parses the key of a line whose end is not known yet, for {@link LineParser#parseRegular}: the key must
     * be short enough to cache and end at a space before any newline.
     *
     * @return the index of the space that ends the key, or -1 when the key is not like that or not well formed
     */
    int parseRegular(byte[] buf, int from, int end) {
        int keyEnd = cachedEnd(buf, from, end);
        // a key's scan stops at its first unescaped space, so it needs the line's end no further than that
        return keyEnd > 0 ? parseCached(buf, from, keyEnd, keyEnd + 1) : -1;
    }

    private int parseCached(byte[] buf, int from, int end, int to) {
        Series s = SERIES.get(buf, from, end, cachedHash);
        if (s != null) {
            name = s.name;
            tags = s.tags;
            return end;
        }
        int scanned = scan(buf, from, to);
        if (scanned == end) {
            SERIES.put(buf, from, end, cachedHash, new Series(name, tags));
        }
        return scanned;
    }

    /**
     * Where a well-formed key short enough to cache ends: its first unescaped space; else -1, also when a
     * newline comes first (then the key is not the line's, or holds an escaped newline). Leaves a hash
     * of the key in {@link #cachedHash}. Reads eight bytes at a time: a key is mostly tens of bytes, and
     * this runs for every line.
     */
    private int cachedEnd(byte[] buf, int from, int to) {
        int limit = Math.min(to, from + 257);
        long h = 0;
        int i = from;
        for (; i + Long.BYTES <= limit; i += Long.BYTES) {
            long word = SwarBytes.word(buf, i);
            long stops = SwarBytes.matches(word, SPACES) | SwarBytes.matches(word, NEWLINES);
            if (stops != 0) {
                int end = i + (Long.numberOfTrailingZeros(stops) >>> 3);
                // the bytes of the word before the space: the rest is the next section's
                long before = (end - i) == 0 ? 0 : word & (-1L >>> (Long.SIZE - 8 * (end - i)));
                return endAt(buf, from, end, mix(h, before));
            }
            h = mix(h, word);
        }
        for (int start = i; i < limit; i++) {
            if (buf[i] == ' ' || buf[i] == '\n') {
                long tail = 0;
                for (int k = i - 1; k >= start; k--) {
                    tail = tail << 8 | (buf[k] & 0xFF);
                }
                return endAt(buf, from, i, mix(h, tail));
            }
        }
        return -1;
    }

    /**
     * The key ends at the space at {@code end} unless a backslash escapes it (then the slow scan decides) or
     * the byte there is a newline.
     */
    private int endAt(byte[] buf, int from, int end, long hash) {
        if (end == from || buf[end] != ' ' || buf[end - 1] == '\\') {
            return -1;
        }
        cachedHash = (int) (hash ^ hash >>> 32);
        return end;
    }

    private static long mix(long h, long word) {
        return Long.rotateLeft((h ^ word) * 0x9E3779B97F4A7C15L, 29);
    }

    private int fail(String reason) {
        error = reason;
        return -1;
    }

    private int scan(byte[] buf, int from, int to) {
        tagCount = 0;
        if (buf[from] == ',') {
            return fail("missing measurement");
        }
        int i = from + 1;
        for (; ; i++) {
            if (i >= to) {
                return fail("missing fields");
            }
            if (buf[i - 1] == '\\') {
                continue;
            }
            if (buf[i] == ' ') {
                measurementEnd = i;
                return finish(buf, from, i);
            }
            if (buf[i] == ',') {
                break;
            }
        }
        measurementEnd = i;
        while (true) {
            int keyStart = i + 1;
            int equals = scanTagKey(buf, keyStart, to);
            if (equals < 0) {
                return -1;
            }
            i = scanTagValue(buf, equals + 1, to);
            if (i < 0) {
                return -1;
            }
            addTag(keyStart, equals, i);
            if (buf[i] == ' ') {
                return finish(buf, from, i);
            }
        }
    }

    /** Returns the index of the '=' ending the tag key that starts at k. */
    private int scanTagKey(byte[] buf, int k, int to) {
        if (k >= to || buf[k] == ' ' || buf[k] == ',' || buf[k] == '=') {
            return fail("missing tag key");
        }
        for (int i = k + 1; ; i++) {
            if (i >= to) {
                return fail("missing tag value");
            }
            byte b = buf[i];
            if (buf[i - 1] == '\\') {
                continue;
            }
            if (b == ' ' || b == ',') {
                return fail("missing tag value");
            }
            if (b == '=') {
                return i;
            }
        }
    }

    /** Returns the index of the ',' or ' ' ending the tag value that starts at v. */
    private int scanTagValue(byte[] buf, int v, int to) {
        if (v >= to || buf[v] == ',' || buf[v] == ' ') {
            return fail("missing tag value");
        }
        for (int i = v + 1; ; i++) {
            if (i >= to) {
                return fail("missing fields");
            }
            if (buf[i - 1] == '\\') {
                continue;
            }
            byte b = buf[i];
            if (b == '=') {
                return fail("invalid tag format");
            }
            if (b == ',' || b == ' ') {
                return i;
            }
        }
    }

    private void addTag(int keyStart, int equals, int valueEnd) {
        if (tagCount == tagKeyStart.length) {
            int n = tagCount * 2;
            tagKeyStart = Arrays.copyOf(tagKeyStart, n);
            tagEquals = Arrays.copyOf(tagEquals, n);
            tagValueEnd = Arrays.copyOf(tagValueEnd, n);
        }
        tagKeyStart[tagCount] = keyStart;
        tagEquals[tagCount] = equals;
        tagValueEnd[tagCount] = valueEnd;
        tagCount++;
    }

    private int finish(byte[] buf, int from, int end) {
        if (hasDuplicateTagKeys(buf)) {
            return fail("duplicate tags");
        }
        if (end - from > MAX_KEY_LENGTH) {
            return fail("max key length exceeded: " + (end - from) + " > " + MAX_KEY_LENGTH);
        }
        name = StringTable.NAMES.get(buf, from, measurementEnd);
        tags = buildTags(buf);
        return end;
    }

    /** Compares tag keys as written, escapes included, as InfluxDB does. */
    private boolean hasDuplicateTagKeys(byte[] buf) {
        boolean sorted = true;
        for (int t = 1; t < tagCount && sorted; t++) {
            int c = compareKeys(buf, t - 1, t);
            if (c == 0) {
                return true;
            }
            sorted = c < 0;
        }
        if (sorted) {
            return false;
        }
        for (int a = 0; a < tagCount; a++) {
            for (int b = a + 1; b < tagCount; b++) {
                if (compareKeys(buf, a, b) == 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private int compareKeys(byte[] buf, int a, int b) {
        return Arrays.compareUnsigned(buf, tagKeyStart[a], tagEquals[a], buf, tagKeyStart[b], tagEquals[b]);
    }

    private Tags buildTags(byte[] buf) {
        if (tagCount == 0) {
            return Tags.EMPTY;
        }
        Tags.Builder b = new Tags.Builder(tagCount);
        for (int t = 0; t < tagCount; t++) {
            b.put(StringTable.TAGS.get(buf, tagKeyStart[t], tagEquals[t]),
                    StringTable.TAGS.get(buf, tagEquals[t] + 1, tagValueEnd[t]));
        }
        return b.build();
    }
}

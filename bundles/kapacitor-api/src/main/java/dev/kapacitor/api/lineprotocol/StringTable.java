package dev.kapacitor.api.lineprotocol;

/** Decodes names through a shared {@link ByteKeyCache}, so a repeated name is the same String. */
final class StringTable {
    /** Measurement names and field keys. */
    static final StringTable NAMES = new StringTable(4096, Escapes.NAME);
    /** Tag keys and tag values. */
    static final StringTable TAGS = new StringTable(8192, Escapes.TAG);

    private static final int MAX_CACHED_LENGTH = 128;

    private final ByteKeyCache<String> cache;
    private final boolean[] escapes;

    private StringTable(int size, boolean[] escapes) {
        this.cache = new ByteKeyCache<>(size, MAX_CACHED_LENGTH);
        this.escapes = escapes;
    }

    /** The unescaped text of buf[from, to). */
    String get(byte[] buf, int from, int to) {
        if (!cache.fits(to - from)) {
            return Escapes.decode(buf, from, to, escapes);
        }
        int hash = ByteKeyCache.hash(buf, from, to);
        String s = cache.get(buf, from, to, hash);
        if (s == null) {
            s = Escapes.decode(buf, from, to, escapes);
            cache.put(buf, from, to, hash, s);
        }
        return s;
    }
}

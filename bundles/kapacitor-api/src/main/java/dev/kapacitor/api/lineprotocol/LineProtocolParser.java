package dev.kapacitor.api.lineprotocol;

import dev.kapacitor.api.model.Point;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * InfluxDB 1.x line protocol, read as the InfluxDB 1.1 parser that Kapacitor 1.5 embeds reads it: the same
 * points, the same refusals, the same error texts.
 *
 * <p>It works on the bytes: no regular expressions and no per-line strings. Names, tag values and whole
 * series keys go through small shared caches, so parsing the same series again allocates only the point,
 * its fields and its string values.
 *
 * <p>Each line is first tried as a regular line ({@link LineParser#parseRegular}): read in one pass, its
 * values decoded as they are scanned. Any line that is not plainly regular is read from its start again by
 * the general parser, which alone decides what is refused and how, so the fast path changes no result.
 */
public final class LineProtocolParser {
    /** Beyond this many points the list grows as usual. */
    private static final int MAX_PRESIZE = 1 << 16;

    private LineProtocolParser() {
    }

    /**
     * Parses a whole request body. Good lines become points even when other lines are bad. Blank lines and
     * lines whose first non-blank byte is '#' are skipped.
     *
     * @param precision the unit of the timestamps in the body
     * @param nowNanos the time of a point written without one, in nanoseconds; it is truncated to the
     *     precision, as InfluxDB does
     */
    public static ParseResult parse(byte[] body, int offset, int length, Precision precision, long nowNanos,
            String database, String retentionPolicy) {
        Objects.checkFromIndexSize(offset, length, body.length);
        Objects.requireNonNull(precision, "precision");
        return parse(body, offset, length, new LineParser(precision, nowNanos, database, retentionPolicy), true);
    }

    /**
     * Parses a whole request body as {@link #parse(byte[], int, int, Precision, long, String, String)} does,
     * but hands the good points on as they are parsed, in slices of {@code sliceSize} points (the last one
     * smaller), so that their readers can start on them while the rest of the body is parsed. The result
     * holds the errors and no points.
     */
    public static ParseResult parse(byte[] body, int offset, int length, Precision precision, long nowNanos,
            String database, String retentionPolicy, int sliceSize, Consumer<List<Point>> slices) {
        Objects.checkFromIndexSize(offset, length, body.length);
        Objects.requireNonNull(precision, "precision");
        if (sliceSize < 1) {
            throw new IllegalArgumentException("slice size " + sliceSize);
        }
        LineParser parser = new LineParser(precision, nowNanos, database, retentionPolicy);
        List<String> errors = new ArrayList<>();
        int end = offset + length;
        for (int pos = offset; pos < end; ) {
            List<Point> slice = new ArrayList<>(Math.min(sliceSize, (end - pos) / 40 + 1));
            pos = parse(body, pos, end, parser, true, slice, sliceSize, errors);
            if (!slice.isEmpty()) {
                slices.accept(slice);
            }
        }
        return new ParseResult(List.of(), errors);
    }

    /** Parses with or without trying each line as a regular line first: the results must not differ. */
    static ParseResult parse(byte[] body, int offset, int length, LineParser parser, boolean regular) {
        Objects.checkFromIndexSize(offset, length, body.length);
        // sized for lines of about 40 bytes: growing a list of thousands costs copies and garbage
        List<Point> points = new ArrayList<>(Math.min(length / 40 + 1, MAX_PRESIZE));
        List<String> errors = new ArrayList<>();
        parse(body, offset, offset + length, parser, regular, points, Integer.MAX_VALUE, errors);
        return new ParseResult(points, errors);
    }

    /** Parses lines from body[pos] until {@code end} or until {@code points} holds {@code max}; returns where it stopped. */
    private static int parse(byte[] body, int pos, int end, LineParser parser, boolean regular, List<Point> points,
            int max, List<String> errors) {
        while (pos < end && points.size() < max) {
            int regularEnd = regular && startsPoint(body[pos]) ? parser.parseRegular(body, pos, end) : -1;
            if (regularEnd >= 0) {
                points.add(parser.regularPoint());
                pos = regularEnd + 1;
            } else {
                pos = parseLine(body, pos, end, parser, points, errors);
            }
        }
        return pos;
    }

    /** Parses the line at body[pos] with the general parser; returns where the next line starts. */
    private static int parseLine(byte[] body, int pos, int end, LineParser parser, List<Point> points,
            List<String> errors) {
        int lineEnd = lineEnd(body, pos, end);
        int from = LineParser.skipBlanks(body, pos, lineEnd);
        if (from == lineEnd || body[from] == '#') {
            return lineEnd + 1;
        }
        int to = body[lineEnd - 1] == '\n' ? lineEnd - 1 : lineEnd;
        Point p = parser.parse(body, from, to);
        if (p != null) {
            points.add(p);
        } else {
            errors.add("unable to parse '" + new String(body, from, to - from, StandardCharsets.UTF_8) + "': "
                    + parser.error());
        }
        return lineEnd + 1;
    }

    /** Whether a line starting with this byte may be a point as it stands: not blank, a comment or empty. */
    private static boolean startsPoint(byte first) {
        return first != ' ' && first != '\t' && first != 0 && first != '#' && first != '\n';
    }

    /** Parses a whole array; see {@link #parse(byte[], int, int, Precision, long, String, String)}. */
    public static ParseResult parse(byte[] body, Precision precision, long nowNanos, String database,
            String retentionPolicy) {
        return parse(body, 0, body.length, precision, nowNanos, database, retentionPolicy);
    }

    /**
     * Where the line starting at buf[from] ends: at a newline that is neither escaped by a backslash nor,
     * once past the first space, inside a double-quoted field value. A backslash escapes whatever follows it.
     */
    static int lineEnd(byte[] buf, int from, int end) {
        // most lines hold neither quotes nor backslashes and simply end at the next newline
        int i = from;
        for (; i + Long.BYTES <= end; i += Long.BYTES) {
            long word = SwarBytes.word(buf, i);
            long found = SwarBytes.matches(word, NEWLINES) | SwarBytes.matches(word, QUOTES)
                    | SwarBytes.matches(word, BACKSLASHES);
            if (found != 0) {
                i += Long.numberOfTrailingZeros(found) >>> 3;
                break;
            }
        }
        for (; i < end; i++) {
            byte c = buf[i];
            if (c == '\n') {
                return i;
            }
            if (c == '"' || c == '\\') {
                return quotedLineEnd(buf, from, end);
            }
        }
        return end;
    }

    private static final long NEWLINES = SwarBytes.repeated('\n');
    private static final long QUOTES = SwarBytes.repeated('"');
    private static final long BACKSLASHES = SwarBytes.repeated('\\');

    private static int quotedLineEnd(byte[] buf, int from, int end) {
        boolean quoted = false;
        boolean pastKey = false;
        int equals = 0;
        int commas = 0;
        int i = from;
        while (i < end) {
            byte c = buf[i];
            if (c == '\\') {
                i += 2;
                continue;
            }
            pastKey |= c == ' ';
            if (pastKey && !quoted && c == '=') {
                equals++;
            } else if (pastKey && !quoted && c == ',') {
                commas++;
            } else if (pastKey && c == '"' && equals > commas) {
                quoted = !quoted;
            } else if (c == '\n' && !quoted) {
                return i;
            }
            i++;
        }
        return Math.min(i, end);
    }
}

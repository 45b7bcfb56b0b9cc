package dev.kapacitor.api.lineprotocol;

import dev.kapacitor.api.model.Fields;
import dev.kapacitor.api.model.Point;
import java.nio.charset.StandardCharsets;

/** Parses one line into a point; one instance serves all the lines of a request body. */
final class LineParser {
    /** InfluxDB's representable time range (models.MinNanoTime, models.MaxNanoTime). */
    static final long MIN_NANO_TIME = Long.MIN_VALUE + 2;
    static final long MAX_NANO_TIME = Long.MAX_VALUE - 1;
    private static final int MAX_UNCHECKED_DIGITS = 19;
    static final String TIME_OUT_OF_RANGE = "time outside range " + MIN_NANO_TIME + " - " + MAX_NANO_TIME;

    private final KeyParser key = new KeyParser();
    private final FieldKeys fieldKeys = new FieldKeys();
    private final FieldParser fields = new FieldParser(fieldKeys);
    private final RegularFields regularFields = new RegularFields(fieldKeys);
    private final Precision precision;
    private final long defaultTime;
    private final String database;
    private final String retentionPolicy;
    private String error;
    private long scannedTime;
    private Point regularPoint;

    LineParser(Precision precision, long nowNanos, String database, String retentionPolicy) {
        this.precision = precision;
        // InfluxDB stamps a point without a time with the current time truncated to the precision
        this.defaultTime = precision.truncate(nowNanos);
        this.database = database;
        this.retentionPolicy = retentionPolicy;
    }

    /** Why the last {@link #parse} returned null, as InfluxDB words it. */
    String error() {
        return error;
    }

    /**
     * Parses buf[from, to): a line without its newline, starting at a byte that is not blank.
     *
     * @return the point, or null with {@link #error()} set
     */
    Point parse(byte[] buf, int from, int to) {
        int keyEnd = key.parse(buf, from, to);
        if (keyEnd < 0) {
            return refuse(key.error());
        }
        int fieldsFrom = skipBlanks(buf, keyEnd, to);
        int fieldsEnd = fields.scan(buf, fieldsFrom, to);
        if (fieldsEnd < 0) {
            return refuse(fields.error());
        }
        int timeFrom = skipBlanks(buf, fieldsEnd, to);
        int timeEnd = scanTime(buf, timeFrom, to);
        if (timeEnd < 0) {
            return null;
        }
        long time = defaultTime;
        if (timeEnd > timeFrom) {
            time = timestamp(buf, timeFrom, timeEnd);
            if (error != null) {
                return null;
            }
            for (int i = timeEnd; i < to; i++) {
                if (buf[i] != ' ') {
                    return refuse("point is invalid");
                }
            }
        }
        Fields f = fields.build(buf, fieldsFrom, fieldsEnd);
        if (f == null) {
            return refuse(fields.error());
        }
        return new Point(database, retentionPolicy, key.name(), key.tags(), f, time);
    }

    /**
     * Parses the line starting at buf[from], a byte that is neither blank nor '#', in one pass if it is a
     * regular line: a key short enough to cache, {@link RegularFields}, then nothing or a plain non-negative
     * timestamp in range, then the newline or {@code end}. It gives up on anything else, leaving the line to
     * {@link #parse}, which then reads it as if this had never run.
     *
     * @return the index of the newline or end that ends the line, with {@link #regularPoint()} set; or -1
     */
    int parseRegular(byte[] buf, int from, int end) {
        int keyEnd = key.parseRegular(buf, from, end);
        if (keyEnd < 0) {
            return -1;
        }
        int fieldsEnd = regularFields.parse(buf, keyEnd + 1, end);
        if (fieldsEnd < 0) {
            return -1;
        }
        long time = defaultTime;
        int lineEnd = fieldsEnd;
        if (fieldsEnd < end && buf[fieldsEnd] == ' ') {
            lineEnd = scanTime(buf, fieldsEnd + 1, end);
            time = regularTime(fieldsEnd + 1, lineEnd);
            if (time < 0 || lineEnd < end && buf[lineEnd] != '\n') {
                return -1;
            }
        }
        regularPoint = new Point(database, retentionPolicy, key.name(), key.tags(), regularFields.fields(), time);
        return lineEnd;
    }

    /** The point of the line {@link #parseRegular} read last. */
    Point regularPoint() {
        return regularPoint;
    }

    /** The time {@link #scanTime} left in nanoseconds when it was all digits and in range; else -1. */
    private long regularTime(int from, int timeEnd) {
        long value = scannedTime;
        if (timeEnd <= from || value < 0 || value > MAX_NANO_TIME / precision.nanos()) {
            return -1;
        }
        return value * precision.nanos();
    }

    private Point refuse(String reason) {
        error = reason;
        return null;
    }

    /** Skips the bytes InfluxDB treats as blank between sections: space, tab and NUL. */
    static int skipBlanks(byte[] buf, int i, int to) {
        while (i < to && (buf[i] == ' ' || buf[i] == '\t' || buf[i] == 0)) {
            i++;
        }
        return i;
    }

    /**
     * The end of the timestamp, which may only hold digits after an optional '-'; -1 when it holds more.
     * Leaves its value in {@link #scannedTime} when it is a plain number that fits a long, else -1.
     */
    private int scanTime(byte[] buf, int from, int to) {
        long value = 0;
        int i = from;
        // a nanosecond timestamp has 19 digits: most of them are read eight at a time
        while (i + Long.BYTES <= to) {
            long word = SwarBytes.word(buf, i);
            if (!SwarBytes.eightDigits(word)) {
                break;
            }
            value = value * 100_000_000L + SwarBytes.eightDigitsValue(word);
            i += Long.BYTES;
        }
        for (; i < to; i++) {
            int d = buf[i] - '0';
            if (d >= 0 && d <= 9) {
                value = value * 10 + d;
                continue;
            }
            byte c = buf[i];
            if (c == '\n' || c == ' ') {
                break;
            }
            if (!(c == '-' && i == from)) {
                error = "bad timestamp";
                return -1;
            }
        }
        // up to 19 digits cannot wrap past zero: a value that did not fit shows as negative
        scannedTime = i > from && i - from <= MAX_UNCHECKED_DIGITS && buf[from] != '-' ? value : -1;
        return i;
    }

    /** The timestamp in nanoseconds, or any value with {@link #error} set. */
    private long timestamp(byte[] buf, int from, int to) {
        error = null;
        long value = scannedTime;
        try {
            if (value < 0) {
                value = Numbers.parseLong(buf, from, to);
            }
        } catch (NumberFormatException | ArithmeticException e) {
            String text = new String(buf, from, to - from, StandardCharsets.US_ASCII);
            String why = e instanceof ArithmeticException ? "value out of range" : "invalid syntax";
            error = "strconv.ParseInt: parsing \"" + text + "\": " + why;
            return 0;
        }
        long nanos;
        try {
            nanos = precision.toNanos(value);
        } catch (ArithmeticException e) {
            error = TIME_OUT_OF_RANGE;
            return 0;
        }
        if (nanos < MIN_NANO_TIME || nanos > MAX_NANO_TIME) {
            error = TIME_OUT_OF_RANGE;
        }
        return nanos;
    }
}

package dev.kapacitor.http;

import dev.kapacitor.api.lineprotocol.LineProtocolParser;
import dev.kapacitor.api.lineprotocol.ParseResult;
import dev.kapacitor.api.lineprotocol.Precision;
import dev.kapacitor.api.task.PointsWriter;
import dev.kapacitor.api.task.TaskException;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * POST /write and /kapacitor/v1/write: line protocol in, 204 out. Bad lines are answered as
 * InfluxDB 1.x answers them, not as Kapacitor 1.5 does (it drops the whole body): the good lines
 * of the body are still written, and the 400 says {@code partial write: <errors> dropped=0}, or
 * only the errors when no line was good. The body is parsed before the db parameter is checked.
 */
final class WriteResource implements Handler {
    /** Inflater input chunk: the default 512 bytes costs a native call per half kilobyte. */
    private static final int GZIP_BUFFER = 64 << 10;

    private final Supplier<PointsWriter> writer;
    private final BodyBuffers buffers = new BodyBuffers();

    WriteResource(Supplier<PointsWriter> writer) {
        this.writer = writer;
    }

    @Override
    public void handle(Exchange ex) throws IOException {
        BodyBuffers.Body body;
        try {
            body = readBody(ex);
        } catch (IOException e) {
            ex.error(400, gzipMessage(e));
            return;
        }
        String db = ex.param("db");
        String rp = ex.param("rp");
        Precision precision = Precision.fromQueryOrNanoseconds(ex.param("precision"));
        ParseResult parsed = LineProtocolParser.parse(body.bytes(), 0, body.length(), precision, nowNanos(), db, rp);
        if (parsed.hasErrors() && parsed.points().isEmpty()) {
            ex.error(400, parsed.errorMessage());
            return;
        }
        if (db.isEmpty()) {
            ex.error(400, "database is required");
            return;
        }
        PointsWriter w = writer.get();
        if (w == null) {
            ex.error(503, "points writer unavailable: the kapacitor-engine bundle is not active");
            return;
        }
        try {
            w.writePoints(db, rp, parsed.points());
        } catch (TaskException e) {
            ex.error(e.status(), e.getMessage());
            return;
        }
        if (parsed.hasErrors()) {
            // InfluxDB's PartialWriteError: dropped counts points refused after parsing, none here
            ex.error(400, "partial write: " + parsed.errorMessage() + " dropped=0");
            return;
        }
        ex.noContent();
    }

    private BodyBuffers.Body readBody(Exchange ex) throws IOException {
        if (!"gzip".equals(ex.header("Content-Encoding"))) {
            try (InputStream in = ex.bodyStream()) {
                return buffers.read(in, ex.contentLength());
            }
        }
        try (InputStream in = new GZIPInputStream(ex.bodyStream(), GZIP_BUFFER)) {
            return buffers.read(in, -1);
        }
    }

    /** Go's gzip reader's words for the usual failures. */
    private static String gzipMessage(IOException e) {
        if (e instanceof ZipException && "Not in GZIP format".equals(e.getMessage())) {
            return "gzip: invalid header";
        }
        if (e instanceof EOFException) {
            return "unexpected EOF";
        }
        return e.getMessage();
    }

    private static long nowNanos() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }
}

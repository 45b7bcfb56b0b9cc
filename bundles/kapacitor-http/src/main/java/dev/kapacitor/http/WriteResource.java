package dev.kapacitor.http;

import dev.kapacitor.api.lineprotocol.LineProtocolParser;
import dev.kapacitor.api.lineprotocol.ParseResult;
import dev.kapacitor.api.lineprotocol.Precision;
import dev.kapacitor.api.model.Point;
import dev.kapacitor.api.task.PointsWriter;
import dev.kapacitor.api.task.TaskException;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * POST /write and /kapacitor/v1/write: line protocol in, 204 out. Bad lines are answered as
 * InfluxDB 1.x answers them, not as Kapacitor 1.5 does (it drops the whole body): the good lines
 * of the body are still written, and the 400 says {@code partial write: <errors> dropped=0}, or
 * only the errors when no line was good. The body is parsed before the db parameter is checked.
 * The good points reach the tasks in slices while the rest of the body is parsed.
 */
final class WriteResource implements Handler {
    /** Inflater input chunk: the default 512 bytes costs a native call per half kilobyte. */
    private static final int GZIP_BUFFER = 64 << 10;
    /**
     * Points handed to the tasks at a time while the rest of the body is parsed: the tasks work on
     * a large body's first points while its last ones are read, so its last point is processed
     * sooner after it arrives, and fewer of its points are alive at once.
     */
    static final int SLICE_POINTS = 500;

    private final Supplier<PointsWriter> writer;
    private final BodyBuffers buffers = new BodyBuffers();
    /**
     * Parsing is CPU-bound: with more bodies parsed at once than there are cores, each takes as long as
     * all of them, so a body waits for bodies that came after it. One body per core is parsed at a
     * time, and the others wait for a permit. A writer gives its permit up while it hands points to
     * the tasks, which may make it wait for room: a stuck task must not hold up the others' writes.
     */
    private final Semaphore parsing;

    WriteResource(Supplier<PointsWriter> writer) {
        this.writer = writer;
        this.parsing = new Semaphore(Runtime.getRuntime().availableProcessors());
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
        PointsWriter w = writer.get();
        if (db.isEmpty() || w == null) {
            refuse(ex, LineProtocolParser.parse(body.bytes(), 0, body.length(), precision, nowNanos(), db, rp), db);
            return;
        }
        int[] written = {0};
        ParseResult parsed;
        parsing.acquireUninterruptibly();
        try {
            parsed = LineProtocolParser.parse(body.bytes(), 0, body.length(), precision, nowNanos(), db, rp,
                    SLICE_POINTS, slice -> {
                        write(w, db, rp, slice);
                        written[0] += slice.size();
                    });
        } catch (TaskException e) {
            ex.error(e.status(), e.getMessage());
            return;
        } finally {
            parsing.release();
        }
        if (parsed.hasErrors() && written[0] == 0) {
            ex.error(400, parsed.errorMessage());
            return;
        }
        if (parsed.hasErrors()) {
            // InfluxDB's PartialWriteError: dropped counts points refused after parsing, none here
            ex.error(400, "partial write: " + parsed.errorMessage() + " dropped=0");
            return;
        }
        ex.noContent();
    }

    /** Hands a slice to the tasks without holding a parsing permit. */
    private void write(PointsWriter w, String db, String rp, List<Point> slice) {
        parsing.release();
        try {
            w.writePoints(db, rp, slice);
        } finally {
            parsing.acquireUninterruptibly();
        }
    }

    /** The answer when nothing can be written, in InfluxDB's order: unparsable body, no database, no engine. */
    private static void refuse(Exchange ex, ParseResult parsed, String db) throws IOException {
        if (parsed.hasErrors() && parsed.points().isEmpty()) {
            ex.error(400, parsed.errorMessage());
        } else if (db.isEmpty()) {
            ex.error(400, "database is required");
        } else {
            ex.error(503, "points writer unavailable: the kapacitor-engine bundle is not active");
        }
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

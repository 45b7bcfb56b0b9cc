package dev.kapacitor.engine.nodes;

import dev.kapacitor.api.gofmt.GoFloat;
import dev.kapacitor.api.gofmt.GoQuote;
import dev.kapacitor.api.gofmt.GoTime;
import dev.kapacitor.api.model.Fields;
import dev.kapacitor.api.model.Tags;
import dev.kapacitor.engine.edge.BatchPointMessage;
import dev.kapacitor.engine.edge.BufferedBatchMessage;
import dev.kapacitor.engine.edge.Group;
import dev.kapacitor.engine.edge.PointMessage;
import dev.kapacitor.engine.pipeline.LogSpec;
import dev.kapacitor.engine.runtime.Node;
import dev.kapacitor.engine.runtime.TaskContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * log(): logs each point, or a batch's begin and each of its points, to the engine's task
 * logger in Kapacitor's logfmt keys, and passes the data on. Levels DEBUG and ERROR are kept;
 * any other level logs at INFO, as in Kapacitor. Nothing is formatted when the level is off.
 */
final class LogNode extends Node {
    private static final Logger LOG = LoggerFactory.getLogger("dev.kapacitor.engine.task");

    private enum Level { DEBUG, INFO, ERROR }

    private final Level level;
    private final String head;

    LogNode(LogSpec spec, TaskContext ctx) {
        super(spec, ctx);
        this.level = switch (spec.level().toUpperCase(Locale.ROOT)) {
            case "DEBUG" -> Level.DEBUG;
            case "ERROR" -> Level.ERROR;
            default -> Level.INFO;
        };
        this.head = " task=" + value(ctx.taskId()) + " node=" + spec.name() + " prefix=" + value(spec.prefix());
    }

    @Override
    public void point(PointMessage p) {
        if (enabled()) {
            log(line(p));
        }
        emit(p);
    }

    @Override
    public void batch(BufferedBatchMessage b) {
        if (enabled()) {
            lines(b).forEach(this::log);
        }
        emit(b);
    }

    /** The log line of a point. */
    String line(PointMessage p) {
        StringBuilder sb = line("point").append(" name=").append(value(p.name()))
                .append(" db=").append(value(nullToEmpty(p.point().database())))
                .append(" rp=").append(value(nullToEmpty(p.point().retentionPolicy())));
        group(sb, p.group());
        for (int i = 0; i < p.group().dimensions().size(); i++) {
            sb.append(" dimension_").append(i).append('=').append(value(p.group().dimensions().tagName(i)));
        }
        tagsAndFields(sb, p.tags(), p.fields());
        return time(sb, p.time());
    }

    /** The log lines of a batch: its begin, then each point. */
    List<String> lines(BufferedBatchMessage b) {
        List<String> out = new ArrayList<>(b.points().size() + 1);
        StringBuilder sb = line("begin batch").append(" name=").append(value(b.name()));
        group(sb, b.group());
        tagsAndFields(sb, b.begin().tags(), Fields.EMPTY);
        out.add(time(sb, b.begin().tmax()));
        for (BatchPointMessage bp : b.points()) {
            sb = line("batch point").append(" name=").append(value(b.name()));
            group(sb, b.group());
            tagsAndFields(sb, bp.tags(), bp.fields());
            out.add(time(sb, bp.time()));
        }
        return out;
    }

    private boolean enabled() {
        return switch (level) {
            case DEBUG -> LOG.isDebugEnabled();
            case ERROR -> LOG.isErrorEnabled();
            default -> LOG.isInfoEnabled();
        };
    }

    private void log(String line) {
        switch (level) {
            case DEBUG -> LOG.debug(line);
            case ERROR -> LOG.error(line);
            default -> LOG.info(line);
        }
    }

    private StringBuilder line(String msg) {
        return new StringBuilder(160).append("msg=").append(value(msg)).append(head);
    }

    private static void group(StringBuilder sb, Group g) {
        sb.append(" group=").append(value(g.id()));
    }

    private static void tagsAndFields(StringBuilder sb, Tags tags, Fields fields) {
        for (int i = 0; i < tags.size(); i++) {
            sb.append(" tag_").append(tags.keyAt(i)).append('=').append(value(tags.valueAt(i)));
        }
        for (int i = 0; i < fields.size(); i++) {
            Object v = fields.valueAt(i);
            String s = v instanceof Double d ? GoFloat.string(d) : v == null ? "<nil>" : v.toString();
            sb.append(" field_").append(fields.keyAt(i)).append('=').append(value(s));
        }
    }

    private static String time(StringBuilder sb, long t) {
        sb.append(" time=");
        GoTime.append(sb, t);
        return sb.toString();
    }

    /** Kapacitor's logfmt: values with a space or a quote are Go-quoted. */
    private static String value(String s) {
        return s.indexOf(' ') < 0 && s.indexOf('"') < 0 ? s : GoQuote.quote(s);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}

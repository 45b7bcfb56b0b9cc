package dev.kapacitor.engine.nodes;

import dev.kapacitor.api.alert.AlertLevel;
import dev.kapacitor.api.model.Fields;
import dev.kapacitor.api.model.Tags;
import dev.kapacitor.engine.alert.Times;
import dev.kapacitor.engine.edge.Group;
import dev.kapacitor.engine.pipeline.AlertSpec;
import dev.kapacitor.engine.runtime.EngineServices;
import dev.kapacitor.gotemplate.DataType;
import dev.kapacitor.gotemplate.GoTemplate;
import dev.kapacitor.gotemplate.TemplateException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The alert node's templates, parsed once when the task starts: id and message with
 * text/template, details with html/template (escaped, with {@code json}), over the same data
 * Kapacitor 1.5 gives them ({@code idInfo}, {@code messageInfo}, {@code detailsInfo}).
 */
final class AlertTemplates {
    /** What a template may read about the server; cluster and server ids are not kept yet. */
    record ServerInfo(String hostname, String clusterId, String serverId) {
    }

    record IdInfo(String name, String taskName, String group, Map<String, String> tags, ServerInfo serverInfo) {
    }

    record MessageInfo(IdInfo idInfo, String id, Map<String, Object> fields, String level, Instant time,
                       Duration duration) {
    }

    record DetailsInfo(MessageInfo messageInfo, String message) {
    }

    record Text(String message, String details) {
    }

    /** What nothing reads: both skipped. */
    private static final Text UNREAD = new Text("", "");

    private static final DataType SERVER = DataType.struct("kapacitor.serverInfo", ServerInfo.class)
            .field("Hostname", DataType.STRING, ServerInfo::hostname)
            .field("ClusterID", DataType.STRING, ServerInfo::clusterId)
            .field("ServerID", DataType.STRING, ServerInfo::serverId)
            .build();
    private static final DataType ID = DataType.struct("kapacitor.idInfo", IdInfo.class)
            .field("Name", DataType.STRING, IdInfo::name)
            .field("TaskName", DataType.STRING, IdInfo::taskName)
            .field("Group", DataType.STRING, IdInfo::group)
            .field("Tags", DataType.mapOf(DataType.STRING), IdInfo::tags)
            .field("ServerInfo", SERVER, IdInfo::serverInfo)
            .build();
    private static final DataType MESSAGE = DataType.struct("kapacitor.messageInfo", MessageInfo.class)
            .embed(ID, MessageInfo::idInfo)
            .field("ID", DataType.STRING, MessageInfo::id)
            .field("Fields", DataType.mapOf(DataType.ANY), MessageInfo::fields)
            .field("Level", DataType.STRING, MessageInfo::level)
            .field("Time", DataType.TIME, MessageInfo::time)
            .field("Duration", DataType.DURATION, MessageInfo::duration)
            .build();
    private static final DataType DETAILS = DataType.struct("kapacitor.detailsInfo", DetailsInfo.class)
            .embed(MESSAGE, DetailsInfo::messageInfo)
            .field("Message", DataType.STRING, DetailsInfo::message)
            .build();
    /** A dot not starting a field name: the template may print the whole data, tags included. */
    private static final Pattern WHOLE_DATA = Pattern.compile("\\.(?![A-Za-z_])");
    private static final ServerInfo SERVER_INFO = new ServerInfo(EngineServices.hostname(), "", "");

    private final String taskId;
    private final GoTemplate id;
    private final GoTemplate message;
    private final GoTemplate details;
    /** Set when the details are Kapacitor's default, which it writes instead of the template. */
    private final DefaultDetails defaultDetails;
    private final boolean idPerGroup;
    /**
     * Whether message and details are Kapacitor's defaults. Those cannot fail on any data (json
     * writes "" where Go's encoder fails), so skipping them when nothing reads them shows
     * nowhere; any other template always runs, since its failure drops the event and counts as
     * the node's error.
     */
    private final boolean isDefaultMessage;
    private final boolean isDefaultDetails;

    /** @throws IllegalArgumentException when a template does not parse (the task does not start) */
    AlertTemplates(AlertSpec spec, String taskId) {
        this.taskId = taskId;
        try {
            this.id = GoTemplate.parse("id", spec.alertId(), ID);
            this.message = GoTemplate.parse("message", spec.message(), MESSAGE);
            this.details = GoTemplate.parseHtml("details", spec.details(), DETAILS);
        } catch (TemplateException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        this.isDefaultMessage = spec.message().equals(AlertSpec.DEFAULT_MESSAGE);
        this.isDefaultDetails = spec.details().equals(AlertSpec.DEFAULT_DETAILS);
        this.defaultDetails = isDefaultDetails ? new DefaultDetails(SERVER_INFO) : null;
        String t = spec.alertId();
        this.idPerGroup = !t.contains("Tags") && !WHOLE_DATA.matcher(t).find();
    }

    /** Whether the id depends only on measurement, group and task, so a group may reuse it. */
    boolean idPerGroup() {
        return idPerGroup;
    }

    /** @throws TemplateException when the template fails on this data */
    String id(String name, Group group, Tags tags) throws TemplateException {
        return id.execute(idInfo(name, group, tags));
    }

    private IdInfo idInfo(String name, Group group, Tags tags) {
        return new IdInfo(name, taskId, groupName(group), tags.toMap(), SERVER_INFO);
    }

    /**
     * Message and details; one that nothing reads ({@code readMessage}, {@code readDetails}) and
     * that cannot fail is left "" (details read the message, so rendering them renders it).
     * Kapacitor's default message and details are written without their templates.
     *
     * @throws TemplateException when a template fails on this data
     */
    Text messageAndDetails(String alertId, String name, Group group, Tags tags, Fields fields, AlertLevel level,
                           long time, long duration, boolean readMessage, boolean readDetails)
            throws TemplateException {
        boolean renderDetails = readDetails || !isDefaultDetails;
        if (!renderDetails && !readMessage && isDefaultMessage) {
            return UNREAD;
        }
        MessageInfo m = null;
        String msg;
        if (isDefaultMessage) {
            msg = alertId + " is " + level.name();
        } else {
            m = messageInfo(alertId, name, group, tags, fields, level, time, duration);
            msg = message.execute(m);
        }
        if (!renderDetails) {
            return new Text(msg, "");
        }
        if (defaultDetails != null) {
            return new Text(msg, defaultDetails.render(name, taskId, groupName(group), tags, alertId, fields,
                    level.name(), time, duration, msg));
        }
        if (m == null) {
            m = messageInfo(alertId, name, group, tags, fields, level, time, duration);
        }
        return new Text(msg, details.execute(new DetailsInfo(m, msg)));
    }

    private MessageInfo messageInfo(String alertId, String name, Group group, Tags tags, Fields fields,
                                    AlertLevel level, long time, long duration) {
        return new MessageInfo(idInfo(name, group, tags), alertId, fields.toMap(), level.name(), Times.instant(time),
                Duration.ofNanos(duration));
    }

    /** The details as the template writes them, for tests holding DefaultDetails to it. */
    String detailsByTemplate(String alertId, String name, Group group, Tags tags, Fields fields, AlertLevel level,
                             long time, long duration, String msg) throws TemplateException {
        MessageInfo m = messageInfo(alertId, name, group, tags, fields, level, time, duration);
        return details.execute(new DetailsInfo(m, msg));
    }

    /** The message as the template writes it, for tests holding the default's shortcut to it. */
    String messageByTemplate(String alertId, String name, Group group, Tags tags, Fields fields, AlertLevel level,
                             long time, long duration) throws TemplateException {
        return message.execute(messageInfo(alertId, name, group, tags, fields, level, time, duration));
    }

    /** The group as templates show it: Kapacitor's group id, {@code nil} when not grouped. */
    static String groupName(Group g) {
        String id = g.id();
        return id.isEmpty() ? "nil" : id;
    }
}

package dev.kapacitor.engine.nodes;

import dev.kapacitor.api.alert.AlertEvent;
import dev.kapacitor.api.alert.AlertLevel;
import dev.kapacitor.api.model.Fields;
import dev.kapacitor.api.model.Row;
import dev.kapacitor.api.model.Tags;
import dev.kapacitor.api.alert.support.AlertJson;
import dev.kapacitor.engine.alert.AlertService;
import dev.kapacitor.engine.alert.AlertState;
import dev.kapacitor.engine.alert.EventState;
import dev.kapacitor.engine.alert.HandlerBinding;
import dev.kapacitor.engine.alert.Inhibitor;
import dev.kapacitor.engine.alert.Times;
import dev.kapacitor.engine.alert.Topic;
import dev.kapacitor.engine.edge.BatchPointMessage;
import dev.kapacitor.engine.edge.BufferedBatchMessage;
import dev.kapacitor.engine.edge.DeleteGroupMessage;
import dev.kapacitor.engine.edge.Group;
import dev.kapacitor.engine.edge.PointMessage;
import dev.kapacitor.engine.edge.Rows;
import dev.kapacitor.engine.lambda.LambdaFactory;
import dev.kapacitor.engine.pipeline.AlertHandlerSpec;
import dev.kapacitor.engine.pipeline.AlertSpec;
import dev.kapacitor.engine.pipeline.LambdaValue;
import dev.kapacitor.engine.runtime.Node;
import dev.kapacitor.engine.runtime.TaskContext;
import dev.kapacitor.gotemplate.TemplateException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * alert(): Kapacitor 1.5's alert node. Per group it determines the level of each point (or
 * batch), keeps the alert state, and when an event is due (a level that is not OK, or a
 * recovery; subject to flapping, stateChangesOnly and noRecoveries) renders id, message and
 * details (those two only when something reads them), publishes the event to the node's own
 * topic (its handlers) and its named topic, and passes the point or batch on, annotated with the
 * configured level/id/message/duration tags and fields. Only data that raised an event is
 * passed on.
 */
final class AlertNode extends Node {
    private final AlertSpec spec;
    private final AlertService alerts;
    private final AlertTemplates templates;
    private final AlertAnnotations annotations;
    private final LambdaFactory[] levelFactories = new LambdaFactory[AlertLevel.values().length];
    private final LambdaFactory[] resetFactories = new LambdaFactory[AlertLevel.values().length];
    private final List<HandlerBinding> handlers = new ArrayList<>();
    private final String anonTopicId;
    private final Map<Group, AlertGroup> groups = new HashMap<>();
    /**
     * The state of {@link Group#NIL}, every point's group without groupBy, found without a map
     * lookup (a sixth of R3's time). Only NIL's: remembering the last group stored a reference
     * per point when groups take turns, and G1 pays for each such store.
     */
    private AlertGroup nilState;
    private final AlertStats counts = new AlertStats();
    /** Allocated once: lambdas report their failures here for every point. */
    private final BiConsumer<String, Throwable> errors = this::error;
    /** The script's, or set by a global integration configured state-changes-only, as Kapacitor does. */
    private final boolean stateChangesOnly;
    private Topic anonTopic;
    private Topic namedTopic;

    AlertNode(AlertSpec spec, TaskContext ctx) {
        super(spec, ctx);
        if (spec.useFlapping() && (spec.flapLow() > 1 || spec.flapHigh() > 1)) {
            throw new IllegalArgumentException("alert flap thresholds are percentages and should be between 0 and 1");
        }
        this.spec = spec;
        this.alerts = ctx.services().alerts();
        this.templates = new AlertTemplates(spec, ctx.taskId());
        this.annotations = new AlertAnnotations(spec);
        for (AlertLevel l : AlertLevel.values()) {
            levelFactories[l.ordinal()] = factory(spec.level(l));
            resetFactories[l.ordinal()] = factory(spec.reset(l));
        }
        Set<String> named = new HashSet<>();
        for (AlertHandlerSpec h : spec.handlers()) {
            handlers.add(alerts.bind(h.name(), h.options(ctx.taskId()), errors));
            named.add(h.name());
        }
        handlers.addAll(alerts.bindGlobals(ctx.taskId(), spec.name(), named, errors));
        this.stateChangesOnly = spec.stateChangesOnly() || alerts.handlers().globalStateChangesOnly();
        this.anonTopicId = handlers.isEmpty() ? null : AlertService.anonymousTopic(ctx.taskId(), spec.name());
    }

    private static LambdaFactory factory(LambdaValue v) {
        return v == null ? null : v.factory();
    }

    @Override
    protected void start() {
        for (HandlerBinding h : handlers) {
            h.start();
        }
        if (anonTopicId != null) {
            anonTopic = alerts.topic(anonTopicId);
            handlers.forEach(anonTopic::addHandler);
        }
        if (!spec.topic().isEmpty()) {
            namedTopic = alerts.topic(spec.topic());
        }
    }

    @Override
    protected void stop() {
        if (anonTopic != null) {
            handlers.forEach(anonTopic::removeHandler);
            alerts.closeTopic(anonTopicId);
        }
        handlers.forEach(HandlerBinding::close);
        groups.values().forEach(this::forget);
        groups.clear();
        nilState = null;
    }

    @Override
    protected int cardinality() {
        return groups.size();
    }

    @Override
    protected void addStats(Map<String, Object> stats) {
        counts.addTo(stats);
    }

    @Override
    public void deleteGroup(DeleteGroupMessage d) {
        drop(d.group());
        emit(d);
    }

    /** Idle for the task's group-idle-ttl: the state goes; the topic still knows the alert's last event. */
    @Override
    protected void expire(Group group) {
        drop(group);
    }

    private void drop(Group group) {
        AlertGroup g = groups.remove(group);
        if (group == Group.NIL) {
            nilState = null;
        }
        if (g != null) {
            forget(g);
        }
    }

    private void forget(AlertGroup g) {
        for (Inhibitor in : g.state.inhibitors()) {
            alerts.inhibitors().remove(in);
        }
    }

    @Override
    public void point(PointMessage p) {
        AlertGroup g = state(p.group());
        String id = id(g, p.name(), p.group(), p.tags());
        if (id == null) {
            return;
        }
        if (g == null) {
            g = newGroup(p.group(), p.time(), id);
        }
        ctx.seen(g.activity);
        AlertState s = g.state;
        AlertLevel l = g.determine(p.point(), s.level(), errors);
        s.add(p.time(), l);
        if (s.suppressed(stateChangesOnly) || (l == AlertLevel.OK && !s.changed())) {
            return;
        }
        s.triggered(p.time());
        if (spec.noRecoveries() && l == AlertLevel.OK) {
            return;
        }
        AlertTemplates.Text text = text(id, p.name(), p.group(), p.tags(), p.fields(), l, p.time(), s.duration());
        if (text == null) {
            return;
        }
        if (handle(l, p.tags())) {
            publish(event(id, text, p.name(), p.group(), p.tags(), p.fields(), l, p.time(), s.duration(), Rows.of(p)));
        }
        emit(annotations.point(p, new AlertAnnotations.Event(l, id, text.message(), s.duration())));
    }

    @Override
    public void batch(BufferedBatchMessage b) {
        String name = b.name();
        Tags tags = b.begin().tags();
        AlertGroup g = state(b.group());
        String id = id(g, name, b.group(), tags);
        if (id == null) {
            return;
        }
        if (g == null) {
            g = newGroup(b.group(), b.begin().tmax(), id);
        }
        ctx.seen(g.activity);
        if (b.points().isEmpty()) {
            return;
        }
        AlertState s = g.state;
        AlertLevel current = s.level();
        AlertLevel lowest = AlertLevel.CRITICAL;
        AlertLevel highest = AlertLevel.OK;
        BatchPointMessage top = null;
        for (BatchPointMessage bp : b.points()) {
            AlertLevel l = g.determine(BatchPoints.toPoint(b, bp), current, errors);
            if (l.compareTo(lowest) < 0) {
                lowest = l;
            }
            if (l.compareTo(highest) > 0 || top == null) {
                highest = l;
                top = bp;
            }
        }
        AlertLevel l = spec.all() ? lowest : highest;
        long t = spec.all() || l == AlertLevel.OK ? b.begin().tmax() : top.time();
        s.add(t, l);
        boolean recovery = s.changed() && l == AlertLevel.OK;
        if (!recovery && (l == AlertLevel.OK || s.suppressed(stateChangesOnly))) {
            return;
        }
        s.triggered(t);
        if (spec.noRecoveries() && l == AlertLevel.OK) {
            return;
        }
        AlertTemplates.Text text = text(id, name, b.group(), tags, top.fields(), l, t, s.duration());
        if (text == null) {
            return;
        }
        if (handle(l, tags)) {
            publish(event(id, text, name, b.group(), tags, top.fields(), l, t, s.duration(), Rows.of(b)));
        }
        emit(annotations.batch(b, new AlertAnnotations.Event(l, id, text.message(), s.duration())));
    }

    /** The group's state, or null before the group's first data. */
    private AlertGroup state(Group group) {
        return group == Group.NIL ? nilState : groups.get(group);
    }

    /**
     * The alert id, or null when the template fails on this data (reported). An id template
     * that reads no tags renders once per group and measurement.
     */
    private String id(AlertGroup g, String name, Group group, Tags tags) {
        if (g != null && templates.idPerGroup() && name.equals(g.lastName)) {
            return g.lastId;
        }
        String id;
        try {
            id = templates.id(name, group, tags);
        } catch (TemplateException e) {
            error("failed to render alert id", e);
            return null;
        }
        if (g != null) {
            g.lastName = name;
            g.lastId = id;
        }
        return id;
    }

    /** The state of a group seen for the first time, restored from the node's topics. */
    private AlertGroup newGroup(Group group, long time, String id) {
        AlertState s = new AlertState((int) Math.min(spec.history(), Integer.MAX_VALUE), spec.useFlapping(),
                spec.flapLow(), spec.flapHigh(), spec.stateChangesOnlyInterval(), inhibitors(group.tags()));
        EventState restored = restore(id);
        if (restored != null && restored.level() != AlertLevel.OK) {
            s.add(time, restored.level());
            s.triggered(restored.time());
        }
        AlertGroup g = new AlertGroup(s, ctx.activity(group), levelFactories, resetFactories);
        groups.put(group, g);
        if (group == Group.NIL) {
            nilState = g;
        }
        return g;
    }

    private Inhibitor[] inhibitors(Tags groupTags) {
        Inhibitor[] out = new Inhibitor[spec.inhibitors().size()];
        for (int i = 0; i < out.length; i++) {
            AlertSpec.InhibitSpec in = spec.inhibitors().get(i);
            String[] keys = in.equalTags().toArray(new String[0]);
            String[] values = new String[keys.length];
            for (int k = 0; k < keys.length; k++) {
                String v = groupTags.get(keys[k]);
                values[k] = v == null ? "" : v;
            }
            out[i] = new Inhibitor(in.category(), keys, values);
            alerts.inhibitors().add(out[i]);
        }
        return out;
    }

    /**
     * The last state of the alert id in the node's topics. When the anonymous and the named
     * topic disagree, the anonymous one wins and the other is brought in line, as in Kapacitor.
     */
    private EventState restore(String id) {
        EventState anon = anonTopic == null ? null : anonTopic.eventState(id);
        EventState named = namedTopic == null ? null : namedTopic.eventState(id);
        AlertLevel anonLevel = anon == null ? AlertLevel.OK : anon.level();
        AlertLevel namedLevel = named == null ? AlertLevel.OK : named.level();
        if (anonLevel != namedLevel) {
            if (anon != null && named != null) {
                namedTopic.updateEvent(anon);
            } else if (named != null && anonTopic != null) {
                anonTopic.updateEvent(named);
            }
        }
        return anon != null ? anon : named;
    }

    /**
     * Message and details, or null when a template fails on this data (reported). Topics keep
     * both as their ids' last state (and hand them to handlers); without a topic only
     * {@code .messageField()} reads the message.
     */
    private AlertTemplates.Text text(String id, String name, Group group, Tags tags, Fields fields, AlertLevel level,
                                     long time, long duration) {
        try {
            return templates.messageAndDetails(id, name, group, tags, fields, level, time, duration,
                    hasTopic() || annotations.readsMessage(), hasTopic());
        } catch (TemplateException e) {
            error("failed to render alert message or details", e);
            return null;
        }
    }

    private AlertEvent event(String id, AlertTemplates.Text text, String name, Group group, Tags tags, Fields fields,
                             AlertLevel level, long time, long duration, Row row) {
        return AlertEvent.builder()
                .id(id)
                .message(text.message())
                .details(text.details())
                .time(Times.instant(time))
                .duration(Duration.ofNanos(duration))
                .level(level)
                .recoverable(!spec.noRecoveries())
                .taskName(ctx.taskId())
                .name(name)
                .group(AlertTemplates.groupName(group))
                .tags(tags.toMap())
                .fields(fields.toMap())
                .data(List.of(row))
                .jsonEncoder(AlertJson::encode)
                .build();
    }

    /** Counts the event; true when it is to be published (not inhibited, and a topic takes it). */
    private boolean handle(AlertLevel level, Tags tags) {
        if (alerts.inhibitors().isInhibited(spec.category(), tags)) {
            counts.inhibited();
            return false;
        }
        counts.triggered(level);
        return hasTopic();
    }

    private boolean hasTopic() {
        return anonTopic != null || namedTopic != null;
    }

    private void publish(AlertEvent e) {
        if (anonTopic != null && !anonTopic.collect(e)) {
            counts.dropped();
        }
        if (namedTopic != null && !namedTopic.collect(e)) {
            counts.dropped();
        }
    }
}

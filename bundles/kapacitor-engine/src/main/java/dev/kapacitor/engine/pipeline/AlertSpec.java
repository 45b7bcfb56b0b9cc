package dev.kapacitor.engine.pipeline;

import dev.kapacitor.api.alert.AlertHandlerFactory;
import dev.kapacitor.api.alert.AlertLevel;
import dev.kapacitor.engine.alert.HandlerCatalog;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;

/**
 * {@code |alert()}: evaluates level lambdas per point (or batch), keeps the alert state of each
 * group and sends events to its handlers ({@code .post(url)}, {@code .log(path)}, ...) and
 * topic. Handler methods are those of the handlers installed when the script is defined; each
 * returns an {@link AlertHandlerSpec} carrying the handler's options, on which the alert's own
 * properties stay callable, as in Kapacitor.
 */
public final class AlertSpec extends NodeSpec {
    public static final String DEFAULT_ID = "{{ .Name }}:{{ .Group }}";
    public static final String DEFAULT_MESSAGE = "{{ .ID }} is {{ .Level }}";
    public static final String DEFAULT_DETAILS = "{{ json . }}";
    private static final int DEFAULT_HISTORY = 21;

    public static final NodeType<AlertSpec> TYPE = NodeType.chain("alert", "alert", AlertSpec::new)
            .property("id", ArgType.STRING, (n, a) -> n.id = a.string(0))
            .property("message", ArgType.STRING, (n, a) -> n.message = a.string(0))
            .property("details", ArgType.STRING, (n, a) -> n.details = a.string(0))
            .property("topic", ArgType.STRING, (n, a) -> n.topic = a.string(0))
            .property("category", ArgType.STRING, (n, a) -> n.category = a.string(0))
            .property("info", ArgType.LAMBDA, (n, a) -> n.levels[AlertLevel.INFO.ordinal()] = a.lambda(0))
            .property("warn", ArgType.LAMBDA, (n, a) -> n.levels[AlertLevel.WARNING.ordinal()] = a.lambda(0))
            .property("crit", ArgType.LAMBDA, (n, a) -> n.levels[AlertLevel.CRITICAL.ordinal()] = a.lambda(0))
            .property("infoReset", ArgType.LAMBDA, (n, a) -> n.resets[AlertLevel.INFO.ordinal()] = a.lambda(0))
            .property("warnReset", ArgType.LAMBDA, (n, a) -> n.resets[AlertLevel.WARNING.ordinal()] = a.lambda(0))
            .property("critReset", ArgType.LAMBDA, (n, a) -> n.resets[AlertLevel.CRITICAL.ordinal()] = a.lambda(0))
            .property("flapping", Signature.of(ArgType.FLOAT, ArgType.FLOAT), (n, a) -> {
                n.useFlapping = true;
                n.flapLow = a.number(0);
                n.flapHigh = a.number(1);
            })
            .property("history", ArgType.INT, (n, a) -> n.history = a.integer(0))
            .property("levelTag", ArgType.STRING, (n, a) -> n.levelTag = a.string(0))
            .property("levelField", ArgType.STRING, (n, a) -> n.levelField = a.string(0))
            .property("messageField", ArgType.STRING, (n, a) -> n.messageField = a.string(0))
            .property("durationField", ArgType.STRING, (n, a) -> n.durationField = a.string(0))
            .property("idTag", ArgType.STRING, (n, a) -> n.idTag = a.string(0))
            .property("idField", ArgType.STRING, (n, a) -> n.idField = a.string(0))
            .flag("all", n -> n.all = true)
            .flag("noRecoveries", n -> n.noRecoveries = true)
            .property("stateChangesOnly", Signature.variadic(ArgType.DURATION), (n, a) -> {
                n.stateChangesOnly = true;
                if (a.size() == 1) {
                    n.stateChangesOnlyInterval = a.duration(0);
                }
            })
            .property("inhibit", Signature.variadic(ArgType.STRING, ArgType.STRING), (n, a) -> {
                List<String> s = a.strings();
                n.inhibitors.add(new InhibitSpec(s.get(0), List.copyOf(s.subList(1, s.size()))));
            })
            .build();

    /** {@code .inhibit(category, equalTags...)}. */
    public record InhibitSpec(String category, List<String> equalTags) {
    }

    private final HandlerCatalog handlerCatalog;
    private String id = DEFAULT_ID;
    private String message = DEFAULT_MESSAGE;
    private String details = DEFAULT_DETAILS;
    private String topic = "";
    private String category = "";
    private final LambdaValue[] levels = new LambdaValue[AlertLevel.values().length];
    private final LambdaValue[] resets = new LambdaValue[AlertLevel.values().length];
    private boolean useFlapping;
    private double flapLow;
    private double flapHigh;
    private long history = DEFAULT_HISTORY;
    private String levelTag = "";
    private String levelField = "";
    private String messageField = "";
    private String durationField = "";
    private String idTag = "";
    private String idField = "";
    private boolean all;
    private boolean noRecoveries;
    private boolean stateChangesOnly;
    private long stateChangesOnlyInterval;
    private final List<InhibitSpec> inhibitors = new ArrayList<>(0);
    private final List<AlertHandlerSpec> handlers = new ArrayList<>(1);

    private AlertSpec(Args a) {
        super(TYPE);
        HandlerCatalog c = a.service(HandlerCatalog.class);
        this.handlerCatalog = c != null ? c : HandlerCatalog.withBuiltIns();
    }

    /** Its own properties, then the methods of the installed handlers. */
    @Override
    public PropertyDef<?> property(String name) {
        PropertyDef<?> own = super.property(name);
        if (own != null) {
            return own;
        }
        AlertHandlerFactory f = handlerCatalog.find(name);
        if (f != null) {
            return AlertHandlerSpec.creator(this, name, f);
        }
        if (handlerCatalog.known(name)) {
            return AlertHandlerSpec.notInstalled(name);
        }
        return null;
    }

    @Override
    public Collection<String> propertyNames() {
        TreeSet<String> names = new TreeSet<>(super.propertyNames());
        names.addAll(handlerCatalog.names());
        return names;
    }

    void addHandler(AlertHandlerSpec h) {
        handlers.add(h);
    }

    @Override
    protected void validate() {
        for (AlertHandlerSpec h : handlers) {
            h.validate();
        }
    }

    /** The id template (Kapacitor's {@code alertId}). */
    public String alertId() {
        return id;
    }

    public String message() {
        return message;
    }

    public String details() {
        return details;
    }

    /** Empty: no named topic. */
    public String topic() {
        return topic;
    }

    public String category() {
        return category;
    }

    /** The level lambda of a level, or null. */
    public LambdaValue level(AlertLevel l) {
        return levels[l.ordinal()];
    }

    /** The reset lambda of a level, or null. */
    public LambdaValue reset(AlertLevel l) {
        return resets[l.ordinal()];
    }

    public boolean useFlapping() {
        return useFlapping;
    }

    public double flapLow() {
        return flapLow;
    }

    public double flapHigh() {
        return flapHigh;
    }

    /** As set; the node raises less than 2 to 2. */
    public long history() {
        return history;
    }

    public String levelTag() {
        return levelTag;
    }

    public String levelField() {
        return levelField;
    }

    public String messageField() {
        return messageField;
    }

    public String durationField() {
        return durationField;
    }

    public String idTag() {
        return idTag;
    }

    public String idField() {
        return idField;
    }

    public boolean all() {
        return all;
    }

    public boolean noRecoveries() {
        return noRecoveries;
    }

    public boolean stateChangesOnly() {
        return stateChangesOnly;
    }

    /** Nanoseconds of point time after which an unchanged level is sent again; 0: never. */
    public long stateChangesOnlyInterval() {
        return stateChangesOnlyInterval;
    }

    public List<InhibitSpec> inhibitors() {
        return Collections.unmodifiableList(inhibitors);
    }

    /** The handlers, in script order. */
    public List<AlertHandlerSpec> handlers() {
        return Collections.unmodifiableList(handlers);
    }
}

package dev.kapacitor.alert.slack;

import dev.kapacitor.api.alert.AlertHandler;
import dev.kapacitor.api.alert.AlertHandlerFactory;
import dev.kapacitor.api.alert.AlertLevel;
import dev.kapacitor.api.alert.HandlerDescriptor;
import dev.kapacitor.api.alert.HandlerOptions;
import dev.kapacitor.api.alert.OptionType;
import dev.kapacitor.api.alert.ServiceTest;
import dev.kapacitor.api.alert.support.JsonMembers;
import dev.kapacitor.api.alert.support.JsonPoster;
import dev.kapacitor.api.config.ConfigSection;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * {@code .slack()}: posts the alert message to a Slack workspace's incoming webhook, as an
 * attachment coloured by level. {@code .workspace(name)} picks a configured workspace (the
 * default otherwise); {@code .channel()}, {@code .username()} and {@code .iconEmoji()} override
 * the workspace's defaults. The workspace is looked up for every event, so configuration
 * changes apply to running tasks. Also Kapacitor's "slack" service test, which posts through
 * the same code.
 */
@Component(service = {AlertHandlerFactory.class, ServiceTest.class, ConfigSection.class},
        property = {AlertHandlerFactory.NAME + "=slack", ConfigSection.SECTION + "=slack",
                ConfigSection.PID + "=" + SlackWorkspace.PID, ConfigSection.ELEMENT_KEY + "=workspace"})
public final class SlackHandlerFactory implements AlertHandlerFactory, ServiceTest, ConfigSection {
    private static final HandlerDescriptor DESCRIPTOR = HandlerDescriptor.builder()
            .option("workspace", OptionType.STRING)
            .option("channel", OptionType.STRING)
            .option("username", OptionType.STRING)
            .option("iconEmoji", OptionType.STRING)
            .build();

    private final List<SlackWorkspace> workspaces = new CopyOnWriteArrayList<>();
    private final JsonPoster poster;

    public SlackHandlerFactory() {
        this(JsonPoster.Settings.DEFAULT);
    }

    SlackHandlerFactory(JsonPoster.Settings settings) {
        this.poster = new JsonPoster(settings);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addWorkspace(SlackWorkspace w) {
        workspaces.add(w);
    }

    void removeWorkspace(SlackWorkspace w) {
        workspaces.remove(w);
    }

    @Override
    public HandlerDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public AlertHandler create(HandlerOptions o) {
        String workspace = o.string("workspace", "");
        String channel = o.string("channel", "");
        String username = o.string("username", "");
        String iconEmoji = o.string("iconEmoji", "");
        return poster.handler((p, event) -> send(p, workspace, channel, username, iconEmoji, event.message(),
                event.level()));
    }

    /** Kapacitor's: what the default workspace says. */
    @Override
    public boolean global() {
        SlackWorkspace w = defaultWorkspace();
        return w != null && w.global();
    }

    @Override
    public boolean stateChangesOnly() {
        SlackWorkspace w = defaultWorkspace();
        return w != null && w.stateChangesOnly();
    }

    private SlackWorkspace defaultWorkspace() {
        try {
            return workspace("");
        } catch (IllegalStateException none) {
            return null;
        }
    }

    /** Kapacitor's lookup: the empty name is the default workspace (the only one, or the one marked default). */
    SlackWorkspace workspace(String name) {
        List<SlackWorkspace> all = List.copyOf(workspaces);
        if (all.isEmpty()) {
            throw new IllegalStateException("no slack configuration found");
        }
        for (SlackWorkspace w : all) {
            if (name.isEmpty() ? all.size() == 1 || w.isDefault() : name.equals(w.name())) {
                return w;
            }
        }
        throw new IllegalStateException("workspace id not found");
    }

    /** HTTP requests, retries and failures so far. */
    JsonPoster poster() {
        return poster;
    }

    /** Empty options take the workspace's defaults. */
    private void send(JsonPoster p, String workspace, String channel, String username, String iconEmoji,
                      String message, AlertLevel level) throws IOException, InterruptedException {
        SlackWorkspace w = workspace(workspace);
        if (!w.enabled() || w.url() == null) {
            throw new IllegalStateException("service is not enabled");
        }
        String body = SlackMessage.body(channel.isEmpty() ? w.channel() : channel, message,
                username.isEmpty() ? w.username() : username, iconEmoji.isEmpty() ? w.iconEmoji() : iconEmoji, level);
        JsonPoster.Answer a = p.post(w.url(), body, Map.of());
        if (a.status() != 200) {
            throw new IOException(error(a));
        }
    }

    /** Slack's {"error": ...} when it sent one, else the code and content as Kapacitor reports them. */
    private static String error(JsonPoster.Answer a) {
        String e = JsonMembers.string(a.body(), "error");
        return e != null ? e : "failed to understand Slack response. code: " + a.status() + " content: " + a.body();
    }

    @Override
    public String name() {
        return "slack";
    }

    /** Kapacitor's slack testOptions: the default workspace's name and channel, when there is one. */
    @Override
    public Map<String, Object> options() {
        SlackWorkspace w = defaultWorkspace();
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("workspace", w == null ? "" : w.name());
        o.put("channel", w == null ? "" : w.channel());
        o.put("message", "test slack message");
        o.put("level", AlertLevel.CRITICAL.name());
        o.put("username", "");
        o.put("icon-emoji", "");
        return o;
    }

    @Override
    public void test(Map<String, Object> o) throws IOException, InterruptedException {
        send(poster, ServiceTest.string(o, "workspace"), ServiceTest.string(o, "channel"), ServiceTest.string(o, "username"),
                ServiceTest.string(o, "icon-emoji"), ServiceTest.string(o, "message"),
                AlertLevel.parse(ServiceTest.string(o, "level")));
    }
}

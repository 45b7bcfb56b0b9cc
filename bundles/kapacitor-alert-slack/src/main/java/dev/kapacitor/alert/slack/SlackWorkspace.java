package dev.kapacitor.alert.slack;

import java.net.URI;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;

/** One configured workspace, a service the slack handler factory collects. */
@Component(service = SlackWorkspace.class, configurationPid = SlackWorkspace.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = SlackConfig.class, factory = true)
public final class SlackWorkspace {
    static final String PID = "dev.kapacitor.alert.slack";

    private final boolean enabled;
    private final boolean isDefault;
    private final String name;
    private final URI url;
    private final String channel;
    private final String username;
    private final String iconEmoji;
    private boolean global;
    private boolean stateChangesOnly;

    @Activate
    public SlackWorkspace(SlackConfig c) {
        this(c.enabled(), c.default$(), c.workspace(), c.url(), c.channel(), c.username(), c.icon$_$emoji());
        global(c.global(), c.state$_$changes$_$only());
    }

    SlackWorkspace(boolean enabled, boolean isDefault, String name, String url, String channel, String username,
                   String iconEmoji) {
        this.enabled = enabled;
        this.isDefault = isDefault;
        this.name = name;
        this.url = url.isEmpty() ? null : webhook(url);
        this.channel = channel;
        this.username = username.isEmpty() ? "kapacitor" : username;
        this.iconEmoji = iconEmoji;
    }

    /** The parse error would quote the URL, and with it the webhook's secret. */
    private static URI webhook(String url) {
        try {
            return URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid slack url (not shown: it holds a secret)");
        }
    }

    boolean enabled() {
        return enabled;
    }

    boolean isDefault() {
        return isDefault;
    }

    String name() {
        return name;
    }

    /** The webhook; null when not configured. */
    URI url() {
        return url;
    }

    String channel() {
        return channel;
    }

    String username() {
        return username;
    }

    String iconEmoji() {
        return iconEmoji;
    }

    /** Kapacitor's global and state-changes-only; set once, before the workspace is published. */
    SlackWorkspace global(boolean isGlobal, boolean onlyStateChanges) {
        this.global = isGlobal;
        this.stateChangesOnly = onlyStateChanges;
        return this;
    }

    boolean global() {
        return global;
    }

    boolean stateChangesOnly() {
        return stateChangesOnly;
    }

    @Override
    public String toString() {
        return "slack workspace \"" + name + "\"";
    }
}

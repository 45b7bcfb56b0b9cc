package dev.kapacitor.alert.slack;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** One Slack workspace, as Kapacitor's {@code [[slack]]} section (factory PID {@code dev.kapacitor.alert.slack}). */
@ObjectClassDefinition(name = "Kapacitor Slack workspace",
        description = "An incoming webhook that .slack() alert handlers post to; one configuration per workspace")
public @interface SlackConfig {
    @AttributeDefinition(name = "Enabled", description = "Whether alerts are sent to this workspace.")
    boolean enabled() default false;

    @AttributeDefinition(name = "Default", description = "Used by .slack() without .workspace(); "
            + "a single workspace is always the default.")
    boolean default$() default false;

    @AttributeDefinition(name = "Workspace", description = "The name .workspace(name) selects this workspace by.")
    String workspace() default "";

    @AttributeDefinition(name = "Webhook URL", type = AttributeType.PASSWORD,
            description = "The incoming webhook URL; it holds a secret and is never logged.")
    String url() default "";

    @AttributeDefinition(name = "Channel", description = "Default channel; .channel() overrides it.")
    String channel() default "";

    @AttributeDefinition(name = "Username", description = "Bot user name; .username() overrides it.")
    String username() default "kapacitor";

    @AttributeDefinition(name = "Icon emoji", description = "Emoji such as :chart_with_upwards_trend:; "
            + ".iconEmoji() overrides it.")
    String icon$_$emoji() default "";

    @AttributeDefinition(name = "Global", description = "Kapacitor's global, read from the default workspace: "
            + "every alert node that names no .slack() posts here; applies to tasks started afterwards.")
    boolean global() default false;

    @AttributeDefinition(name = "State changes only", description = "With global: every alert node sends only "
            + "state changes, as with .stateChangesOnly().")
    boolean state$_$changes$_$only() default false;
}

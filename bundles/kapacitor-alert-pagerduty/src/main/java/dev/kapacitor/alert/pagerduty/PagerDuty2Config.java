package dev.kapacitor.alert.pagerduty;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Kapacitor's {@code [pagerduty2]} section (PID {@code dev.kapacitor.alert.pagerduty2}). */
@ObjectClassDefinition(name = "Kapacitor PagerDuty (Events API v2)",
        description = "Where .pagerDuty2() alert handlers send their events")
public @interface PagerDuty2Config {
    @AttributeDefinition(name = "Enabled", description = "Whether events are sent.")
    boolean enabled() default false;

    @AttributeDefinition(name = "Routing key", type = AttributeType.PASSWORD,
            description = "Integration key of the PagerDuty service; .serviceKey() overrides it.")
    String routing$_$key() default "";

    @AttributeDefinition(name = "URL", description = "The Events API v2 endpoint.")
    String url() default PagerDuty2HandlerFactory.DEFAULT_URL;

    @AttributeDefinition(name = "Client URL",
            description = "The client_url of every event: this server's API, as Kapacitor sends it.")
    String client$_$url() default "http://localhost:9092/kapacitor/v1";

    @AttributeDefinition(name = "Global", description = "Kapacitor's global: every alert node that names no "
            + "handler of this API sends with the configured key; applies to tasks started afterwards.")
    boolean global() default false;
}

package dev.kapacitor.alert.pagerduty;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Kapacitor's {@code [pagerduty]} section (PID {@code dev.kapacitor.alert.pagerduty}). */
@ObjectClassDefinition(name = "Kapacitor PagerDuty (Events API v1)",
        description = "Where .pagerDuty() alert handlers send their incidents")
public @interface PagerDutyConfig {
    @AttributeDefinition(name = "Enabled", description = "Whether events are sent.")
    boolean enabled() default false;

    @AttributeDefinition(name = "Service key", type = AttributeType.PASSWORD,
            description = "Integration key of the PagerDuty service; .serviceKey() overrides it.")
    String service$_$key() default "";

    @AttributeDefinition(name = "URL", description = "The Events API v1 endpoint.")
    String url() default PagerDutyHandlerFactory.DEFAULT_URL;

    @AttributeDefinition(name = "Client URL",
            description = "The client_url of every event: this server's API, as Kapacitor sends it.")
    String client$_$url() default "http://localhost:9092/kapacitor/v1";

    @AttributeDefinition(name = "Global", description = "Kapacitor's global: every alert node that names no "
            + "handler of this API sends with the configured key; applies to tasks started afterwards.")
    boolean global() default false;
}

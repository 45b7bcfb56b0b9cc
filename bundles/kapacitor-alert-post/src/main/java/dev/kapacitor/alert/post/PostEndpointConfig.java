package dev.kapacitor.alert.post;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** One named post endpoint, as Kapacitor's {@code [[httppost]]} section (factory PID {@code dev.kapacitor.alert.post}). */
@ObjectClassDefinition(name = "Kapacitor post endpoint",
        description = "A URL that .post().endpoint(name) alert handlers post to; one configuration per endpoint")
public @interface PostEndpointConfig {
    @AttributeDefinition(name = "Endpoint", description = "The name .endpoint(name) selects this endpoint by.")
    String endpoint() default "";

    @AttributeDefinition(name = "URL", description = "Where alerts are posted.")
    String url() default "";

    @AttributeDefinition(name = "Headers", description = "Extra headers, each as Name:value; "
            + "several in one value are separated by ';'. .header(k, v) of the handler overrides them.")
    String[] headers() default {};

    @AttributeDefinition(name = "Basic auth username", description = "With the password: HTTP basic auth.")
    String basic$_$auth$_$username() default "";

    @AttributeDefinition(name = "Basic auth password", type = AttributeType.PASSWORD)
    String basic$_$auth$_$password() default "";

    @AttributeDefinition(name = "Alert template", description = "A Go template over the alert data "
            + "(.ID .Message .Details .Time .Duration .Level .Data .PreviousLevel .Recoverable) that replaces the JSON body.")
    String alert$_$template() default "";

    @AttributeDefinition(name = "Alert template file", description = "A file holding the alert template.")
    String alert$_$template$_$file() default "";

    @AttributeDefinition(name = "Row template", description = "A Go template over each row "
            + "(.Name .Tags .Values, a list of column maps) that replaces the JSON body of |httpPost().endpoint().")
    String row$_$template() default "";

    @AttributeDefinition(name = "Row template file", description = "A file holding the row template.")
    String row$_$template$_$file() default "";
}

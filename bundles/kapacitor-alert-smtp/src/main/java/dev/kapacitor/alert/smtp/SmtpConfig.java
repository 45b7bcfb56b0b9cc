package dev.kapacitor.alert.smtp;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Kapacitor's {@code [smtp]} section (PID {@code dev.kapacitor.alert.smtp}). */
@ObjectClassDefinition(name = "Kapacitor SMTP", description = "The mail server .email() alert handlers send through")
public @interface SmtpConfig {
    @AttributeDefinition(name = "Enabled", description = "Whether mail is sent.")
    boolean enabled() default false;

    @AttributeDefinition(name = "Host")
    String host() default "localhost";

    @AttributeDefinition(name = "Port", description = "465 means SSL from the start; other ports use STARTTLS "
            + "when the server offers it.", min = "1", max = "65535")
    int port() default 25;

    @AttributeDefinition(name = "Username", description = "Empty: no authentication.")
    String username() default "";

    @AttributeDefinition(name = "Password", type = AttributeType.PASSWORD)
    String password() default "";

    @AttributeDefinition(name = "From", description = "The sender address.")
    String from() default "";

    @AttributeDefinition(name = "To", description = "Recipients of .email() handlers that name none.")
    String[] to() default {};

    @AttributeDefinition(name = "No verify", description = "Skip TLS certificate and host name checks.")
    boolean no$_$verify() default false;

    @AttributeDefinition(name = "Idle timeout",
            description = "The connection to the server is closed after this long without mail: 500ms, 30s, 2m.")
    String idle$_$timeout() default "30s";

    @AttributeDefinition(name = "Global", description = "Kapacitor's global: every alert node that names no "
            + ".email() mails the configured To; applies to tasks started afterwards.")
    boolean global() default false;

    @AttributeDefinition(name = "State changes only", description = "With global: every alert node sends only "
            + "state changes, as with .stateChangesOnly().")
    boolean state$_$changes$_$only() default false;
}

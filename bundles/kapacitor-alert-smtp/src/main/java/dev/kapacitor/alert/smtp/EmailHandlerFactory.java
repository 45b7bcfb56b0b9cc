package dev.kapacitor.alert.smtp;

import dev.kapacitor.api.alert.AlertEvent;
import dev.kapacitor.api.alert.AlertHandler;
import dev.kapacitor.api.alert.AlertHandlerFactory;
import dev.kapacitor.api.alert.HandlerDescriptor;
import dev.kapacitor.api.alert.HandlerOptions;
import dev.kapacitor.api.alert.OptionType;
import jakarta.mail.MessagingException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/**
 * {@code .email(to...)}: mails each alert event, subject the alert message, HTML body the alert
 * details. Recipients are the arguments plus every {@code .to(...)}; with none, the configured
 * {@code to}.
 */
@Component(service = AlertHandlerFactory.class, property = AlertHandlerFactory.NAME + "=email",
        configurationPid = "dev.kapacitor.alert.smtp")
@Designate(ocd = SmtpConfig.class)
public final class EmailHandlerFactory implements AlertHandlerFactory {
    private static final HandlerDescriptor DESCRIPTOR = HandlerDescriptor.builder()
            .variadicArgs(OptionType.STRING)
            .variadicOption("to", OptionType.STRING)
            .build();

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "kapacitor-smtp-idle");
        t.setDaemon(true);
        return t;
    });
    private volatile Mailer mailer;

    @Activate
    @Modified
    void configure(SmtpConfig c) {
        configure(MailServer.of(c));
    }

    void configure(MailServer server) {
        Mailer old = mailer;
        mailer = new Mailer(server, timer);
        if (old != null) {
            old.close();
        }
    }

    @Deactivate
    void deactivate() {
        Mailer m = mailer;
        if (m != null) {
            m.close();
        }
        timer.shutdownNow();
    }

    @Override
    public HandlerDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public AlertHandler create(HandlerOptions options) {
        List<String> to = new ArrayList<>();
        options.args().forEach(a -> to.add((String) a));
        options.calls("to").forEach(call -> call.forEach(a -> to.add((String) a)));
        List<String> recipients = List.copyOf(to);
        return event -> send(recipients, event);
    }

    private void send(List<String> recipients, AlertEvent event) throws MessagingException {
        Mailer m = mailer;
        if (m == null || !m.server().enabled()) {
            throw new IllegalStateException("service is not enabled");
        }
        List<String> to = recipients.isEmpty() ? m.server().to() : recipients;
        if (to.isEmpty()) {
            throw new IllegalStateException("not sending email, no recipients defined");
        }
        m.send(to, event.message(), event.details());
    }
}

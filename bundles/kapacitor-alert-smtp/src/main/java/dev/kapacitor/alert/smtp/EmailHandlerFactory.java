package dev.kapacitor.alert.smtp;

import dev.kapacitor.api.alert.AlertEvent;
import dev.kapacitor.api.alert.AlertHandler;
import dev.kapacitor.api.alert.AlertHandlerFactory;
import dev.kapacitor.api.alert.HandlerDescriptor;
import dev.kapacitor.api.alert.HandlerOptions;
import dev.kapacitor.api.alert.OptionType;
import dev.kapacitor.api.alert.ServiceTest;
import dev.kapacitor.api.config.ConfigSection;
import jakarta.mail.MessagingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * {@code to}. Also Kapacitor's "smtp" service test, mailed the same way.
 */
@Component(service = {AlertHandlerFactory.class, ServiceTest.class, ConfigSection.class},
        property = {AlertHandlerFactory.NAME + "=email", ConfigSection.SECTION + "=smtp",
                ConfigSection.PID + "=dev.kapacitor.alert.smtp"},
        configurationPid = "dev.kapacitor.alert.smtp")
@Designate(ocd = SmtpConfig.class)
public final class EmailHandlerFactory implements AlertHandlerFactory, ServiceTest, ConfigSection {
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
    private volatile boolean global;
    private volatile boolean stateChangesOnly;

    @Activate
    @Modified
    void configure(SmtpConfig c) {
        configure(MailServer.of(c));
        global(c.global(), c.state$_$changes$_$only());
    }

    void global(boolean isGlobal, boolean onlyStateChanges) {
        global = isGlobal;
        stateChangesOnly = onlyStateChanges;
    }

    /** Kapacitor's global: alert nodes without .email() mail the configured {@code to}. */
    @Override
    public boolean global() {
        return global;
    }

    @Override
    public boolean stateChangesOnly() {
        return stateChangesOnly;
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

    @Override
    public String name() {
        return "smtp";
    }

    /** Kapacitor's smtp testOptions: the configured recipients (Go's nil slice, null, when none). */
    @Override
    public Map<String, Object> options() {
        Mailer m = mailer;
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("to", m == null || m.server().to().isEmpty() ? null : m.server().to());
        o.put("subject", "test subject");
        o.put("body", "test body");
        return o;
    }

    @Override
    public void test(Map<String, Object> options) throws MessagingException {
        List<String> to = new ArrayList<>();
        if (options.get("to") instanceof List<?> l) {
            l.forEach(a -> to.add(String.valueOf(a)));
        }
        send(to, ServiceTest.string(options, "subject"), ServiceTest.string(options, "body"));
    }

    private void send(List<String> recipients, AlertEvent event) throws MessagingException {
        send(recipients, event.message(), event.details());
    }

    private void send(List<String> recipients, String subject, String body) throws MessagingException {
        Mailer m = mailer;
        if (m == null || !m.server().enabled()) {
            throw new IllegalStateException("service is not enabled");
        }
        List<String> to = recipients.isEmpty() ? m.server().to() : recipients;
        if (to.isEmpty()) {
            throw new IllegalStateException("not sending email, no recipients defined");
        }
        m.send(to, subject, body);
    }
}

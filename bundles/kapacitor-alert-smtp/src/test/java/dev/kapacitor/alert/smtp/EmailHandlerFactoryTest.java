package dev.kapacitor.alert.smtp;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.kapacitor.api.alert.AlertEvent;
import dev.kapacitor.api.alert.AlertHandler;
import dev.kapacitor.api.alert.AlertLevel;
import dev.kapacitor.api.alert.HandlerOptions;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** Mail through a real SMTP server (GreenMail) on a free loopback port. */
public class EmailHandlerFactoryTest {
    private GreenMail mail;
    private final EmailHandlerFactory factory = new EmailHandlerFactory();

    @Before
    public void start() {
        mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
    }

    @After
    public void stop() {
        factory.deactivate();
        mail.stop();
    }

    private MailServer server(List<String> to, Duration idle) {
        return new MailServer(true, "127.0.0.1", mail.getSmtp().getPort(), "", "", "kapacitor@example.com", to,
                false, idle);
    }

    private static HandlerOptions email(List<Object> args, Map<String, List<List<Object>>> calls) {
        return new HandlerOptions("t", "alert2", args, calls);
    }

    private static AlertEvent event(String message, String details) {
        return AlertEvent.builder().id("cpu:nil").message(message).details(details).time(Instant.EPOCH)
                .level(AlertLevel.CRITICAL).json("{}").build();
    }

    private static List<String> addresses(Address[] a) {
        List<String> out = new ArrayList<>();
        for (Address x : a) {
            out.add(x.toString());
        }
        return out;
    }

    @Test
    public void subjectIsTheMessageAndTheHtmlBodyTheDetails() throws Exception {
        factory.configure(server(List.of("ops@example.com"), Duration.ofSeconds(30)));
        AlertHandler h = factory.create(email(List.of("a@example.com"),
                Map.of("to", List.of(List.of("b@example.com", "c@example.com")))));
        h.handle(event("cpu:nil is CRITICAL ü", "<b>cpu</b> at 97.1 é"));
        h.handle(event("cpu:nil is OK", "fine"));
        MimeMessage[] got = mail.getReceivedMessages();
        assertEquals(6, got.length); // one copy per recipient and message
        MimeMessage m = got[0];
        assertEquals("cpu:nil is CRITICAL ü", m.getSubject());
        assertEquals(List.of("kapacitor@example.com"), addresses(m.getFrom()));
        assertEquals(List.of("a@example.com", "b@example.com", "c@example.com"),
                addresses(m.getRecipients(MimeMessage.RecipientType.TO)));
        assertEquals("text/html; charset=UTF-8", m.getContentType());
        assertEquals("<b>cpu</b> at 97.1 é", m.getContent());
        assertEquals("fine", GreenMailUtil.getBody(got[5]));
    }

    @Test
    public void withoutRecipientsTheConfiguredOnesAndThenAnError() throws Exception {
        factory.configure(server(List.of("ops@example.com"), Duration.ofMillis(50)));
        factory.create(email(List.of(), Map.of())).handle(event("m", "d"));
        Thread.sleep(200); // the idle connection is closed; the next mail opens another
        factory.create(email(List.of(), Map.of())).handle(event("m2", "d"));
        MimeMessage[] got = mail.getReceivedMessages();
        assertEquals(2, got.length);
        assertEquals(List.of("ops@example.com"), addresses(got[1].getRecipients(MimeMessage.RecipientType.TO)));
        factory.configure(server(List.of(), Duration.ofSeconds(30)));
        assertEquals("not sending email, no recipients defined", assertThrows(IllegalStateException.class,
                () -> factory.create(email(List.of(), Map.of())).handle(event("m", "d"))).getMessage());
    }

    @Test
    public void aDisabledOrUnreachableServerIsAnError() {
        factory.configure(new MailServer(false, "127.0.0.1", 25, "", "", "k@example.com", List.of("a@example.com"),
                false, Duration.ofSeconds(30)));
        assertEquals("service is not enabled", assertThrows(IllegalStateException.class,
                () -> factory.create(email(List.of(), Map.of())).handle(event("m", "d"))).getMessage());
        int port = mail.getSmtp().getPort();
        mail.stop();
        factory.configure(new MailServer(true, "127.0.0.1", port, "", "", "k@example.com", List.of("a@example.com"),
                false, Duration.ofSeconds(30)));
        assertThrows(MessagingException.class,
                () -> factory.create(email(List.of(), Map.of())).handle(event("m", "d")));
    }

    @Test
    public void theServiceTestMailsKapacitorsTestMessage() throws Exception {
        assertEquals("{to=null, subject=test subject, body=test body}", factory.options().toString());
        factory.configure(server(List.of("ops@example.com"), Duration.ofSeconds(30)));
        Map<String, Object> o = factory.options();
        assertEquals("{to=[ops@example.com], subject=test subject, body=test body}", o.toString());
        factory.test(o);
        o.put("to", List.of("a@example.com"));
        o.put("body", "<i>b</i>");
        factory.test(o);
        MimeMessage[] got = mail.getReceivedMessages();
        assertEquals(2, got.length);
        assertEquals("test subject", got[0].getSubject());
        assertEquals(List.of("ops@example.com"), addresses(got[0].getRecipients(MimeMessage.RecipientType.TO)));
        assertEquals("test body", got[0].getContent());
        assertEquals(List.of("a@example.com"), addresses(got[1].getRecipients(MimeMessage.RecipientType.TO)));
        assertEquals("<i>b</i>", got[1].getContent());
        o.put("to", null);
        factory.configure(server(List.of(), Duration.ofSeconds(30)));
        assertEquals("not sending email, no recipients defined",
                assertThrows(IllegalStateException.class, () -> factory.test(o)).getMessage());
    }

    @Test
    public void goDurations() {
        assertEquals(Duration.ofMillis(500), MailServer.parseDuration("500ms"));
        assertEquals(Duration.ofSeconds(30), MailServer.parseDuration("30s"));
        assertEquals(Duration.ofMinutes(2), MailServer.parseDuration("2m"));
        assertThrows(IllegalArgumentException.class, () -> MailServer.parseDuration("soon"));
    }

    @Test
    public void configuredRecipientsAreCommaSeparated() {
        assertEquals(List.of("a@example.com", "b@example.com"),
                MailServer.addresses(new String[] {" a@example.com, b@example.com", ""}));
        assertEquals(List.of(), MailServer.addresses(new String[] {""}));
    }
}

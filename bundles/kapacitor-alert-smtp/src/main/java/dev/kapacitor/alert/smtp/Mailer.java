package dev.kapacitor.alert.smtp;

import jakarta.activation.DataHandler;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.URLName;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * Sends mail through one server over one connection, opened on demand and closed after the idle
 * timeout, as Kapacitor's mailer does. Handlers of all tasks share it, one message at a time.
 */
final class Mailer implements AutoCloseable {
    private final MailServer server;
    private final ScheduledExecutorService timer;
    private Session session;
    private Transport transport;
    private ScheduledFuture<?> idleClose;
    private boolean closed;

    Mailer(MailServer server, ScheduledExecutorService timer) {
        this.server = server;
        this.timer = timer;
    }

    MailServer server() {
        return server;
    }

    /** Mails {@code body} as HTML with {@code subject}; retried once on a new connection if a reused one broke. */
    synchronized void send(List<String> to, String subject, String body) throws MessagingException {
        if (closed) {
            throw new IllegalStateException("smtp configuration changed while sending");
        }
        if (idleClose != null) {
            idleClose.cancel(false);
        }
        withMailClassLoader(() -> {
            MimeMessage m = message(to, subject, body);
            boolean reused = transport != null;
            try {
                connected().sendMessage(m, m.getAllRecipients());
            } catch (SendFailedException refused) {
                throw refused;
            } catch (MessagingException e) {
                disconnect();
                if (!reused) {
                    throw e;
                }
                // the server may have dropped the idle connection: once more on a new one
                connected().sendMessage(m, m.getAllRecipients());
            }
        });
        idleClose = timer.schedule(this::closeIdle, server.idleTimeout().toMillis(), TimeUnit.MILLISECONDS);
    }

    private MimeMessage message(List<String> to, String subject, String body) throws MessagingException {
        MimeMessage m = new MimeMessage(session());
        m.setFrom(new InternetAddress(server.from()));
        Address[] rcpt = new Address[to.size()];
        for (int i = 0; i < rcpt.length; i++) {
            rcpt[i] = new InternetAddress(to.get(i));
        }
        m.setRecipients(MimeMessage.RecipientType.TO, rcpt);
        m.setSubject(subject, "UTF-8");
        m.setSentDate(new Date());
        // a byte data source needs no content handler lookup, which OSGi class loading makes fragile
        m.setDataHandler(new DataHandler(new ByteArrayDataSource(body.getBytes(StandardCharsets.UTF_8),
                "text/html; charset=UTF-8")));
        return m;
    }

    private Session session() {
        if (session == null) {
            session = Session.getInstance(server.properties());
        }
        return session;
    }

    private Transport connected() throws MessagingException {
        if (transport == null || !transport.isConnected()) {
            transport = new SMTPTransport(session(), new URLName("smtp", server.host(), server.port(), null,
                    null, null));
            if (server.username().isEmpty()) {
                transport.connect();
            } else {
                transport.connect(server.host(), server.port(), server.username(), server.password());
            }
        }
        return transport;
    }

    private synchronized void closeIdle() {
        disconnect();
    }

    private void disconnect() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException alreadyBroken) {
                // nothing left to release
            }
            transport = null;
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (idleClose != null) {
            idleClose.cancel(false);
        }
        disconnect();
    }

    private interface MailAction {
        void run() throws MessagingException;
    }

    /**
     * Jakarta Mail finds its providers (stream provider, transports) through the context class
     * loader; in OSGi that must be the implementation bundle's, not the engine thread's.
     */
    private static void withMailClassLoader(MailAction a) throws MessagingException {
        Thread t = Thread.currentThread();
        ClassLoader before = t.getContextClassLoader();
        t.setContextClassLoader(SMTPTransport.class.getClassLoader());
        try {
            a.run();
        } finally {
            t.setContextClassLoader(before);
        }
    }
}

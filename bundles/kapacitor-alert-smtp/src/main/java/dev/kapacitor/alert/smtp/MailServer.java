package dev.kapacitor.alert.smtp;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** The settings of one SMTP server, replaced as a whole when the configuration changes. */
record MailServer(boolean enabled, String host, int port, String username, String password, String from,
                  List<String> to, boolean noVerify, Duration idleTimeout) {
    private static final String IO_TIMEOUT_MILLIS = "10000";

    static MailServer of(SmtpConfig c) {
        return new MailServer(c.enabled(), c.host(), c.port(), c.username(), c.password(), c.from(),
                addresses(c.to()), c.no$_$verify(), parseDuration(c.idle$_$timeout()));
    }

    /** A .cfg file gives {@code to = a@b, c@d} as one string, and {@code to =} as one empty one. */
    static List<String> addresses(String[] values) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            for (String a : v.split(",")) {
                if (!a.isBlank()) {
                    out.add(a.strip());
                }
            }
        }
        return out;
    }

    MailServer {
        to = List.copyOf(to);
    }

    /** Jakarta Mail session properties: timeouts, TLS as Kapacitor's mailer (SSL on 465, else STARTTLS if offered). */
    Properties properties() {
        Properties p = new Properties();
        p.setProperty("mail.smtp.host", host);
        p.setProperty("mail.smtp.port", Integer.toString(port));
        p.setProperty("mail.smtp.connectiontimeout", IO_TIMEOUT_MILLIS);
        p.setProperty("mail.smtp.timeout", IO_TIMEOUT_MILLIS);
        p.setProperty("mail.smtp.writetimeout", IO_TIMEOUT_MILLIS);
        p.setProperty("mail.smtp.auth", Boolean.toString(!username.isEmpty()));
        p.setProperty("mail.smtp.ssl.enable", Boolean.toString(port == 465));
        p.setProperty("mail.smtp.starttls.enable", "true");
        if (noVerify) {
            p.setProperty("mail.smtp.ssl.trust", "*");
            p.setProperty("mail.smtp.ssl.checkserveridentity", "false");
        } else {
            p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        }
        return p;
    }

    /** Go-style durations as Kapacitor's configuration writes them: 500ms, 30s, 2m, 1h. */
    static Duration parseDuration(String s) {
        String t = s.strip();
        int i = 0;
        while (i < t.length() && Character.isDigit(t.charAt(i))) {
            i++;
        }
        if (i == 0) {
            throw new IllegalArgumentException("invalid duration \"" + s + "\"");
        }
        long n = Long.parseLong(t.substring(0, i));
        return switch (t.substring(i)) {
            case "ms" -> Duration.ofMillis(n);
            case "s", "" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> throw new IllegalArgumentException("invalid duration \"" + s + "\"");
        };
    }

    @Override
    public String toString() {
        return "smtp " + host + ":" + port;
    }
}

package org.werkraum.devservices;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A mail server that keeps every message it is given: SMTP for the application to send, IMAP (and GreenMail's API)
 * to read what arrived. It accepts any user and password and delivers to any address.
 */
public final class MailSink implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(MailSink.class.getName());
    private static final String LOOPBACK = "127.0.0.1";

    /** Ports on 127.0.0.1. */
    public record Settings(int smtpPort, int imapPort) {}

    private final Settings settings;
    private GreenMail greenMail;

    public MailSink(Settings settings) {
        this.settings = settings;
    }

    /** Starts SMTP and IMAP. */
    public synchronized void start() {
        if (greenMail != null) {
            return;
        }
        LocalPorts.requireFree(settings.smtpPort(), "SMTP of the mail sink");
        LocalPorts.requireFree(settings.imapPort(), "IMAP of the mail sink");
        GreenMail mail = new GreenMail(new ServerSetup[] {
            new ServerSetup(settings.smtpPort(), LOOPBACK, ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(settings.imapPort(), LOOPBACK, ServerSetup.PROTOCOL_IMAP)
        });
        mail.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        mail.start();
        greenMail = mail;
        LOG.log(
                System.Logger.Level.INFO,
                String.format(
                        "Mail sink ready: SMTP on port %s, IMAP on port %s", settings.smtpPort(), settings.imapPort()));
    }

    /** GreenMail itself, for tests that wait for and read received messages. */
    public synchronized GreenMail greenMail() {
        if (greenMail == null) {
            throw new IllegalStateException("The mail sink is not running");
        }
        return greenMail;
    }

    public int smtpPort() {
        return settings.smtpPort();
    }

    public int imapPort() {
        return settings.imapPort();
    }

    /** Stops both servers; received messages are gone. */
    @Override
    public synchronized void close() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }
}

package org.werkraum.signin;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.werkraum.people.Person;
import org.werkraum.security.AccessPolicy;
import org.werkraum.security.Caller;
import org.werkraum.shared.AccessDeniedException;
import org.werkraum.shared.InvalidInputException;
import org.werkraum.shared.NotFoundException;

/**
 * Passwords: a person changes his own (knowing the current one); an admin hands out a one-time link with which a
 * person sets a new one, shown to the admin and e-mailed to the person.
 */
@ApplicationScoped
@Transactional
public class PasswordService {

    private static final Logger LOG = Logger.getLogger(PasswordService.class.getName());
    private static final String RESET_PREFIX = "wrr_";

    @PersistenceContext(unitName = "werkraum")
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    SignInThrottle throttle;

    @Inject
    AccessPolicy policy;

    @Resource(lookup = "java:jboss/mail/werkraum")
    Session mail;

    /**
     * Changes the caller's own password.
     *
     * @throws InvalidInputException
     *             on field {@code currentPassword} when it is wrong, on {@code newPassword} when too short or long
     */
    public void changeOwn(Caller caller, String currentPassword, String newPassword) {
        Person person = person(caller.personId());
        // guessing the current password here (with a session someone left open) is throttled like signing in
        String changes = "password-change:" + person.id();
        Optional<Duration> wait = throttle.waitFor(person.login(), changes);
        if (wait.isPresent()) {
            long minutes = SignInThrottle.minutes(wait.get());
            throw new InvalidInputException(
                    "currentPassword",
                    "error.password.throttled",
                    "too many wrong passwords; try again in " + minutes + " minutes",
                    minutes);
        }
        String storedHash = em.createQuery("select p.passwordHash from Person p where p.id = :id", String.class)
                .setParameter("id", person.id())
                .getSingleResult();
        if (!passwords.matches(currentPassword, storedHash)) {
            throttle.failed(person.login(), changes);
            throw new InvalidInputException(
                    "currentPassword", "error.password.wrongCurrent", "the current password is not right");
        }
        person.changePasswordHash(passwords.hash(checked(newPassword)));
    }

    /**
     * Sets a password without knowing the old one: the person himself or an admin. The run command's demo data uses
     * it.
     */
    public void set(Caller caller, long personId, String newPassword) {
        Person person = person(personId);
        if (!policy.canEditProfile(caller, personId)) {
            throw new AccessDeniedException(
                    "error.profile.notYours", "only the person himself or an admin may set a password");
        }
        person.changePasswordHash(passwords.hash(checked(newPassword)));
    }

    /**
     * Makes a one-time link with which the person sets a new password, valid for
     * {@code werkraum.password-reset.hours} (24 by default), and mails it to him. Earlier unused links of that person
     * stop working.
     *
     * @param applicationUrl
     *            where people reach Werkraum, e.g. {@code https://intranet.example.com/werkraum}
     */
    public PasswordResetLink issueReset(Caller caller, long personId, URI applicationUrl) {
        if (!policy.canResetPasswords(caller)) {
            throw new AccessDeniedException("error.password.resetDenied", "only admins hand out password links");
        }
        Person person = person(personId);
        if (!person.active()) {
            throw new NotFoundException("person", personId);
        }
        Instant now = Instant.now();
        em.createQuery("update PasswordReset r set r.usedAt = :now where r.person = :p and r.usedAt is null")
                .setParameter("now", now)
                .setParameter("p", person)
                .executeUpdate();
        String secret = Secrets.newSecret(RESET_PREFIX);
        Instant expiresAt = now.plus(Duration.ofHours(Long.getLong("werkraum.password-reset.hours", 24)));
        em.persist(new PasswordReset(person, Secrets.hash(secret), caller.personId(), expiresAt));
        String base = applicationUrl.toString().replaceAll("/+$", "");
        URI link = URI.create(base + "/password-reset?token=" + secret);
        boolean mailed = mailResetLink(person, link, expiresAt);
        return new PasswordResetLink(link, expiresAt, person.email(), mailed);
    }

    /** Whether a reset link still works (for showing the form or an "expired" message). */
    public boolean resetIsUsable(String secret) {
        return usableReset(secret) != null;
    }

    /**
     * Sets the new password of the link's person and uses the link up; also clears his failed sign-ins.
     *
     * @throws InvalidInputException
     *             on field {@code token} when the link is unknown, used or expired
     */
    public void redeemReset(String secret, String newPassword) {
        PasswordReset reset = usableReset(secret);
        if (reset == null) {
            throw new InvalidInputException(
                    "token", "error.password.resetInvalid", "this link is unknown, used or expired");
        }
        String hash = passwords.hash(checked(newPassword));
        reset.person().changePasswordHash(hash);
        reset.use(Instant.now());
        throttle.succeeded(reset.person().login());
    }

    private PasswordReset usableReset(String secret) {
        if (secret == null || !secret.startsWith(RESET_PREFIX) || secret.length() > 100) {
            return null;
        }
        Instant now = Instant.now();
        return em.createQuery("select r from PasswordReset r where r.tokenHash = :hash", PasswordReset.class)
                .setParameter("hash", Secrets.hash(secret))
                .getResultStream()
                .filter(r -> r.isUsable(now))
                .findFirst()
                .orElse(null);
    }

    private Person person(long personId) {
        Person person = em.find(Person.class, personId);
        if (person == null) {
            throw new NotFoundException("person", personId);
        }
        return person;
    }

    private static String checked(String password) {
        if (password == null || password.length() < Passwords.MIN_LENGTH || password.length() > Passwords.MAX_LENGTH) {
            throw new InvalidInputException(
                    "newPassword",
                    "error.password.length",
                    "a password needs " + Passwords.MIN_LENGTH + " to " + Passwords.MAX_LENGTH + " characters",
                    Passwords.MIN_LENGTH,
                    Passwords.MAX_LENGTH);
        }
        return password;
    }

    /** The mail in both languages, since people have no language setting yet; never fails the request. */
    private boolean mailResetLink(Person person, URI link, Instant expiresAt) {
        String deExpiry = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(Locale.GERMAN)
                .withZone(ZoneId.systemDefault())
                .format(expiresAt);
        String enExpiry = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(Locale.ENGLISH)
                .withZone(ZoneId.systemDefault())
                .format(expiresAt);
        String text = "Hallo " + person.displayName() + ",\n\n"
                + "mit diesem Link legen Sie Ihr Passwort für Werkraum fest. Er gilt einmal, bis " + deExpiry + ":\n"
                + link + "\n\n"
                + "Wenn Sie das nicht erwartet haben, wenden Sie sich an Ihre Administration.\n\n"
                + "----\n\n"
                + "Hello " + person.displayName() + ",\n\n"
                + "use this link to set your Werkraum password. It works once, until " + enExpiry + ":\n"
                + link + "\n\n"
                + "If you did not expect this, please contact your administrators.\n";
        try {
            MimeMessage message = new MimeMessage(mail);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(person.email(), person.displayName()));
            message.setSubject("Werkraum: Passwort festlegen / set your password", StandardCharsets.UTF_8.name());
            message.setText(text, StandardCharsets.UTF_8.name());
            Transport.send(message);
            return true;
        } catch (MessagingException | java.io.UnsupportedEncodingException | RuntimeException e) {
            LOG.log(Level.WARNING, "Password link for " + person.login() + " not mailed: " + e.getMessage());
            return false;
        }
    }
}

package org.werkraum.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.werkraum.people.Role;
import org.werkraum.security.Caller;

/**
 * Who is signing in: a login and password (the login page, HTTP Basic) or a personal access token (API clients).
 * Password attempts are throttled per login and per client address; an unknown login costs as much time as a wrong
 * password, so response times do not tell which logins exist.
 *
 * <p>
 * Not transactional on purpose: the slow password hash runs without holding a database connection.
 */
@ApplicationScoped
public class SignIn {

    @PersistenceContext(unitName = "werkraum")
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    SignInThrottle throttle;

    @Inject
    AccessTokenService tokens;

    /** The answer to a sign-in attempt: a caller, a refusal, or a refusal that says how long to wait. */
    public record Outcome(Caller caller, Duration retryAfter) {

        static final Outcome REFUSED = new Outcome(null, null);

        public boolean signedIn() {
            return caller != null;
        }

        public boolean throttled() {
            return retryAfter != null;
        }
    }

    /**
     * Checks a login and password.
     *
     * @param clientAddress
     *            where the attempt comes from, for throttling
     */
    public Outcome withPassword(String login, String password, String clientAddress) {
        String cleanLogin = login == null ? "" : login.strip();
        Optional<Duration> wait = throttle.waitFor(cleanLogin, clientAddress);
        if (wait.isPresent()) {
            return new Outcome(null, wait.get());
        }
        List<Object[]> rows = em.createQuery(
                        "select p.id, p.login, p.passwordHash from Person p where p.login = :login and p.active = true",
                        Object[].class)
                .setParameter("login", cleanLogin)
                .getResultList();
        Object[] person = rows.isEmpty() ? null : rows.get(0);
        String storedHash = person == null ? null : (String) person[2];
        boolean tooLong = password != null && password.length() > Passwords.MAX_LENGTH;
        if (!passwords.matches(tooLong ? "" : password, storedHash) || tooLong) {
            throttle.failed(cleanLogin, clientAddress);
            return Outcome.REFUSED;
        }
        throttle.succeeded(cleanLogin);
        long personId = (Long) person[0];
        return new Outcome(new Caller(personId, (String) person[1], roles(personId)), null);
    }

    /** The caller a personal access token signs in, if it is valid. */
    public Optional<Caller> withToken(String token) {
        return tokens.callerOf(token);
    }

    private Set<Role> roles(long personId) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(em.createQuery("select r from Person p join p.roles r where p.id = :id", Role.class)
                .setParameter("id", personId)
                .getResultList());
        return roles;
    }
}

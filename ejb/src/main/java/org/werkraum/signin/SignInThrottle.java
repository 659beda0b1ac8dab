package org.werkraum.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Slows password guessing down: after {@code werkraum.signin.max-failures-per-login} failed sign-ins for one login,
 * or {@code werkraum.signin.max-failures-per-address} from one client address, within
 * {@code werkraum.signin.window-seconds}, further attempts are refused without looking at the password until the
 * oldest failure leaves the window. The failures live in PostgreSQL, so every node counts the same.
 */
@ApplicationScoped
@Transactional
public class SignInThrottle {

    @PersistenceContext(unitName = "werkraum")
    EntityManager em;

    /** How long this login or address must wait before the next attempt; empty when it may try now. */
    public Optional<Duration> waitFor(String login, String address) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select key, count(*), ceil(extract(epoch from min(failed_at) + make_interval(secs => ?3)"
                                + " - now())) from sign_in_failure where key in (?1, ?2)"
                                + " and failed_at > now() - make_interval(secs => ?3) group by key")
                .setParameter(1, loginKey(login))
                .setParameter(2, addressKey(address))
                .setParameter(3, (double) window().toSeconds())
                .getResultList();
        Duration wait = Duration.ZERO;
        for (Object[] row : rows) {
            String key = (String) row[0];
            long failures = ((Number) row[1]).longValue();
            long limit = key.startsWith("login:") ? maxPerLogin() : maxPerAddress();
            if (failures >= limit) {
                Duration left = Duration.ofSeconds(Math.max(1, ((Number) row[2]).longValue()));
                wait = left.compareTo(wait) > 0 ? left : wait;
            }
        }
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    /**
     * Counts a failed attempt against the login and the address; forgets failures older than the window. In a
     * transaction of its own: the caller's may roll back with the refusal that follows.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(String login, String address) {
        em.createNativeQuery("insert into sign_in_failure (key) values (?1), (?2)")
                .setParameter(1, loginKey(login))
                .setParameter(2, addressKey(address))
                .executeUpdate();
        em.createNativeQuery("delete from sign_in_failure where failed_at < now() - make_interval(secs => ?1)")
                .setParameter(1, (double) window().toSeconds())
                .executeUpdate();
    }

    /** A correct password clears the login's failures; the address keeps its count. */
    public void succeeded(String login) {
        em.createNativeQuery("delete from sign_in_failure where key = ?1")
                .setParameter(1, loginKey(login))
                .executeUpdate();
    }

    /** The wait as people read it: whole minutes, rounded up, at least one. */
    public static long minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }

    static String loginKey(String login) {
        String normalized = (login == null ? "" : login.strip().toLowerCase(Locale.ROOT));
        return "login:" + (normalized.length() > 150 ? normalized.substring(0, 150) : normalized);
    }

    static String addressKey(String address) {
        return "address:" + (address == null ? "unknown" : address);
    }

    private static long maxPerLogin() {
        return Long.getLong("werkraum.signin.max-failures-per-login", 5);
    }

    private static long maxPerAddress() {
        return Long.getLong("werkraum.signin.max-failures-per-address", 50);
    }

    private static Duration window() {
        return Duration.ofSeconds(Long.getLong("werkraum.signin.window-seconds", 900));
    }
}

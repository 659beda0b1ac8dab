package org.werkraum.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.werkraum.people.Person;
import org.werkraum.security.Caller;
import org.werkraum.shared.InvalidInputException;
import org.werkraum.shared.NotFoundException;

/**
 * Personal access tokens: each person creates, lists and revokes his own. API clients send one as
 * {@code Authorization: Bearer <token>}; checking it costs one indexed lookup, no password hashing.
 */
@ApplicationScoped
@Transactional
public class AccessTokenService {

    /** Every token starts like this, so that secret scanners and people recognise one. */
    public static final String PREFIX = "wrk_";

    public static final int MAX_TOKENS_PER_PERSON = 50;
    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_DAYS = 3650;

    @PersistenceContext(unitName = "werkraum")
    EntityManager em;

    /**
     * Creates a token for the caller.
     *
     * @param expiresInDays
     *            days until the token stops working, 1 to {@value #MAX_DAYS}; {@code null} for a token that works until
     *            revoked
     */
    public NewAccessToken create(Caller caller, String name, Integer expiresInDays) {
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty()
                || cleanName.length() > MAX_NAME_LENGTH
                || cleanName.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException(
                    "name",
                    "error.token.name",
                    "a token needs a name of 1 to " + MAX_NAME_LENGTH + " characters, without control characters",
                    MAX_NAME_LENGTH);
        }
        if (expiresInDays != null && (expiresInDays < 1 || expiresInDays > MAX_DAYS)) {
            throw new InvalidInputException(
                    "expiresInDays",
                    "error.token.expiry",
                    "a token expires after 1 to " + MAX_DAYS + " days, or never",
                    MAX_DAYS);
        }
        long existing = em.createQuery("select count(t) from AccessToken t where t.person.id = :p", Long.class)
                .setParameter("p", caller.personId())
                .getSingleResult();
        if (existing >= MAX_TOKENS_PER_PERSON) {
            throw new InvalidInputException(
                    null,
                    "error.token.tooMany",
                    "you have " + MAX_TOKENS_PER_PERSON + " tokens already; revoke one first",
                    MAX_TOKENS_PER_PERSON);
        }
        Person person = em.find(Person.class, caller.personId());
        if (person == null) {
            throw new NotFoundException("person", caller.personId());
        }
        String secret = Secrets.newSecret(PREFIX);
        Instant expiresAt = expiresInDays == null
                ? null
                : Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofDays(expiresInDays));
        AccessToken token = new AccessToken(person, cleanName, Secrets.hash(secret), expiresAt);
        em.persist(token);
        em.flush();
        return new NewAccessToken(AccessTokenSummary.of(token), secret);
    }

    /** The caller's tokens, newest first. */
    public List<AccessTokenSummary> list(Caller caller) {
        return em
                .createQuery(
                        "select t from AccessToken t where t.person.id = :p order by t.createdAt desc, t.id desc",
                        AccessToken.class)
                .setParameter("p", caller.personId())
                .getResultList()
                .stream()
                .map(AccessTokenSummary::of)
                .toList();
    }

    /** Revokes one of the caller's tokens at once; someone else's token is "not found". */
    public void revoke(Caller caller, long tokenId) {
        AccessToken token = em.find(AccessToken.class, tokenId);
        if (token == null || token.person().id() != caller.personId()) {
            throw new NotFoundException("access token", tokenId);
        }
        em.remove(token);
    }

    /** Whom a token signs in: its person, if the token is known and unexpired and the person active. */
    Optional<Caller> callerOf(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        return em
                .createQuery(
                        "select t from AccessToken t join fetch t.person where t.tokenHash = :hash and t.person.active = true",
                        AccessToken.class)
                .setParameter("hash", Secrets.hash(secret))
                .getResultList()
                .stream()
                .findFirst()
                .filter(token -> !token.isExpired(now))
                .map(token -> {
                    token.used(now);
                    Person person = token.person();
                    return new Caller(person.id(), person.login(), person.roles());
                });
    }
}

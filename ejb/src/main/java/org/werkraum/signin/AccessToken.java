package org.werkraum.signin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.werkraum.people.Person;

/** A personal access token: a named secret for API clients, kept only as its SHA-256. */
@Entity
@Table(name = "access_token")
public class AccessToken {

    /** Recording every use would be a write per API call; a use within this time of the last one is not recorded. */
    static final Duration LAST_USE_PRECISION = Duration.ofMinutes(5);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    private String name;

    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "created_at")
    private Instant createdAt = Instant.now();

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected AccessToken() {}

    AccessToken(Person person, String name, String tokenHash, Instant expiresAt) {
        this.person = person;
        this.name = name;
        this.tokenHash = tokenHash;
        this.expiresAt = expiresAt;
    }

    public Long id() {
        return id;
    }

    public Person person() {
        return person;
    }

    public String name() {
        return name;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }

    boolean isExpired(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    /** Records a use; returns whether that changed anything worth writing. */
    boolean used(Instant now) {
        if (lastUsedAt != null && lastUsedAt.plus(LAST_USE_PRECISION).isAfter(now)) {
            return false;
        }
        lastUsedAt = now;
        return true;
    }
}

package org.werkraum.community;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.werkraum.people.Person;

/** A person's place in a community: an owner or member, active or waiting for a request or invitation. */
@Entity
@Table(name = "community_membership")
public class CommunityMembership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "community_id")
    private Community community;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    private Person person;

    @Enumerated(EnumType.STRING)
    private MembershipRole role;

    @Enumerated(EnumType.STRING)
    private MembershipStatus status;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "invited_by")
    private Person invitedBy;

    private Instant since = Instant.now();

    @Version
    private long version;

    protected CommunityMembership() {}

    CommunityMembership(
            Community community, Person person, MembershipRole role, MembershipStatus status, Person invitedBy) {
        this.community = community;
        this.person = person;
        this.role = role;
        this.status = status;
        this.invitedBy = invitedBy;
    }

    public Long id() {
        return id;
    }

    public Community community() {
        return community;
    }

    public Person person() {
        return person;
    }

    public MembershipRole role() {
        return role;
    }

    public MembershipStatus status() {
        return status;
    }

    public Person invitedBy() {
        return invitedBy;
    }

    public Instant since() {
        return since;
    }

    public boolean isActive() {
        return status == MembershipStatus.ACTIVE;
    }

    public boolean isActiveOwner() {
        return isActive() && role == MembershipRole.OWNER;
    }

    void activate() {
        this.status = MembershipStatus.ACTIVE;
        this.since = Instant.now();
    }

    void changeRole(MembershipRole role) {
        this.role = role;
    }
}

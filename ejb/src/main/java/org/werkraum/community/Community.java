package org.werkraum.community;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import org.werkraum.people.OrgUnit;
import org.werkraum.people.Person;

/** A community; its members are {@link CommunityMembership}s. */
@Entity
@Table(name = "community")
public class Community {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    private String description;

    @Enumerated(EnumType.STRING)
    private CommunityType type;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "org_unit_id")
    private OrgUnit orgUnit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "created_by")
    private Person createdBy;

    @Column(name = "created_at")
    private Instant createdAt = Instant.now();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "community_tag", joinColumns = @JoinColumn(name = "community_id"))
    @Column(name = "tag")
    private Set<String> tags = new TreeSet<>();

    @Version
    private long version;

    protected Community() {}

    Community(
            String name, String description, CommunityType type, OrgUnit orgUnit, Set<String> tags, Person createdBy) {
        this.name = name;
        this.description = description;
        this.type = type;
        this.orgUnit = orgUnit;
        this.tags = new TreeSet<>(tags);
        this.createdBy = createdBy;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public CommunityType type() {
        return type;
    }

    public OrgUnit orgUnit() {
        return orgUnit;
    }

    public Person createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Set<String> tags() {
        return Collections.unmodifiableSet(tags);
    }

    public long version() {
        return version;
    }

    void describe(String name, String description, Set<String> tags, OrgUnit orgUnit) {
        this.name = name;
        this.description = description;
        this.tags = new TreeSet<>(tags);
        this.orgUnit = orgUnit;
    }
}

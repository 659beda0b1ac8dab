package org.werkraum.wiki;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Set;
import org.werkraum.community.Community;
import org.werkraum.people.Person;
import org.werkraum.security.AccessPolicy;

/**
 * A wiki: a person's (its owners, editors and readers named in {@code wiki_member}, or read by every employee) or a
 * community's, whose rights are the community's.
 */
@Entity
@Table(name = "wiki")
public class Wiki {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    private String description;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "community_id")
    private Community community;

    @Column(name = "open_to_all")
    private boolean openToAll;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "created_by")
    private Person createdBy;

    @Column(name = "created_at")
    private Instant createdAt = Instant.now();

    @Version
    private long version;

    protected Wiki() {}

    Wiki(String name, String description, boolean openToAll, Person createdBy) {
        this.name = name;
        this.description = description;
        this.openToAll = openToAll;
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

    /** The community whose wiki this is, or null for a wiki of its own. */
    public Community community() {
        return community;
    }

    /** Who finds its pages and files in search: a community's readers, or the readers of a wiki of its own. */
    public Set<String> readers(AccessPolicy policy) {
        return community == null
                ? policy.readersOfWiki(id, openToAll)
                : policy.readersOfCommunity(community.id(), community.type());
    }

    public boolean openToAll() {
        return openToAll;
    }

    public Instant createdAt() {
        return createdAt;
    }
}

package org.werkraum.blog;

import jakarta.persistence.Column;
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
import java.time.Instant;
import org.werkraum.community.Community;
import org.werkraum.people.Person;

/** A blog; its posts are {@link BlogPost}s. */
@Entity
@Table(name = "blog")
public class Blog {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private BlogKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    private Person owner;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "community_id")
    private Community community;

    @Column(name = "created_at")
    private Instant createdAt = Instant.now();

    protected Blog() {}

    public Long id() {
        return id;
    }

    public BlogKind kind() {
        return kind;
    }

    public Person owner() {
        return owner;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** The community whose blog this is, or null. */
    public Community community() {
        return community;
    }
}

package org.werkraum.blog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.werkraum.people.Person;

/** A version of a published post that an edit replaced: its text, who replaced it and when. */
@Entity
@Table(name = "blog_post_revision")
public class PostRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "post_id")
    private BlogPost post;

    private String title;

    private String markdown;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "replaced_by")
    private Person replacedBy;

    @Column(name = "replaced_at")
    private Instant replacedAt;

    protected PostRevision() {}

    PostRevision(BlogPost post, String title, String markdown, Person replacedBy, Instant replacedAt) {
        this.post = post;
        this.title = title;
        this.markdown = markdown;
        this.replacedBy = replacedBy;
        this.replacedAt = replacedAt;
    }

    public String title() {
        return title;
    }

    public String markdown() {
        return markdown;
    }

    public Person replacedBy() {
        return replacedBy;
    }

    public Instant replacedAt() {
        return replacedAt;
    }
}

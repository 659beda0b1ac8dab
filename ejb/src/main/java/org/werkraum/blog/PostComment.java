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
import org.werkraum.markdown.Markdown;
import org.werkraum.people.Person;

/**
 * A comment on a post, or a reply to one. Written in Markdown and kept as cleaned HTML beside it; removing it blanks
 * the text and keeps the place in the thread.
 */
@Entity
@Table(name = "post_comment")
public class PostComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "post_id")
    private BlogPost post;

    @Column(name = "parent_id")
    private Long parentId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id")
    private Person author;

    private String markdown;

    private String html;

    @Column(name = "created_at")
    private Instant createdAt = Instant.now();

    @Column(name = "removed_at")
    private Instant removedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "removed_by")
    private Person removedBy;

    protected PostComment() {}

    PostComment(BlogPost post, Long parentId, Person author, String markdown) {
        this.post = post;
        this.parentId = parentId;
        this.author = author;
        this.markdown = markdown;
        this.html = Markdown.toHtml(markdown);
    }

    /** Takes the text away and says who did; removing twice changes nothing. */
    void remove(Person by) {
        if (removedAt == null) {
            removedAt = Instant.now();
            removedBy = by;
            markdown = "";
            html = "";
        }
    }

    public Long id() {
        return id;
    }

    public BlogPost post() {
        return post;
    }

    public Long parentId() {
        return parentId;
    }

    public Person author() {
        return author;
    }

    public String markdown() {
        return markdown;
    }

    public String html() {
        return html;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant removedAt() {
        return removedAt;
    }

    public boolean isRemoved() {
        return removedAt != null;
    }
}

package org.werkraum.blog;

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
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.werkraum.markdown.Markdown;
import org.werkraum.people.Person;

/**
 * A post in a blog. Its Markdown is rendered and cleaned when it is written and kept as HTML beside it: reading a post
 * renders nothing. A change after publishing keeps the replaced version as a {@link PostRevision}.
 */
@Entity
@Table(name = "blog_post")
public class BlogPost {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "blog_id")
    private Blog blog;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id")
    private Person author;

    private String title;

    private String markdown;

    private String html;

    @Enumerated(EnumType.STRING)
    private PostStatus status = PostStatus.DRAFT;

    @Column(name = "created_at")
    private Instant createdAt = Instant.now();

    @Column(name = "updated_at")
    private Instant updatedAt = createdAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Column(name = "scheduled_at")
    private Instant scheduledAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Column(name = "leadership_update")
    private boolean leadershipUpdate;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "blog_post_tag", joinColumns = @JoinColumn(name = "post_id"))
    @Column(name = "tag")
    private Set<String> tags = new TreeSet<>();

    @Version
    private long version;

    protected BlogPost() {}

    BlogPost(Blog blog, Person author, String title, String markdown, Set<String> tags, boolean leadershipUpdate) {
        this.blog = blog;
        this.author = author;
        this.leadershipUpdate = leadershipUpdate || blog.kind() == BlogKind.LEADERSHIP;
        write(title, markdown, tags);
    }

    /** Marks a post of its author's own blog as a leadership update, or not; one of the leadership blog stays one. */
    void leadershipUpdate(boolean update) {
        leadershipUpdate = update || blog.kind() == BlogKind.LEADERSHIP;
    }

    public boolean isLeadershipUpdate() {
        return leadershipUpdate;
    }

    /**
     * New text. A published post keeps the version it replaces, with who replaced it and when; a draft just changes.
     *
     * @return the replaced version of a published post, to be stored; empty for a draft
     */
    Optional<PostRevision> change(Person editor, String title, String markdown, Set<String> tags) {
        PostRevision replaced = status == PostStatus.PUBLISHED
                ? new PostRevision(this, this.title, this.markdown, editor, Instant.now())
                : null;
        write(title, markdown, tags);
        if (replaced != null) {
            editedAt = updatedAt;
        }
        return Optional.ofNullable(replaced);
    }

    private void write(String title, String markdown, Set<String> tags) {
        this.title = title;
        this.markdown = markdown;
        this.html = Markdown.toHtml(markdown);
        this.tags = new TreeSet<>(tags);
        this.updatedAt = Instant.now();
    }

    /** Publishes a draft or a scheduled post now; publishing a published post changes nothing. */
    void publish() {
        publish(Instant.now());
    }

    /** Publishes it as of a time: a scheduled post as of its time, even when the server gets to it a little later. */
    void publish(Instant at) {
        if (status != PostStatus.PUBLISHED) {
            status = PostStatus.PUBLISHED;
            publishedAt = at;
            scheduledAt = null;
        }
    }

    /** Has the server publish it at a time; until then it stays its author's alone. */
    void schedule(Instant at) {
        status = PostStatus.SCHEDULED;
        scheduledAt = at;
        updatedAt = Instant.now();
    }

    /** Takes a scheduled post back into the drafts. */
    void unschedule() {
        if (status == PostStatus.SCHEDULED) {
            status = PostStatus.DRAFT;
            scheduledAt = null;
            updatedAt = Instant.now();
        }
    }

    /** When the server publishes a scheduled post; null for any other. */
    public Instant scheduledAt() {
        return scheduledAt;
    }

    /** Deletes the post for everyone; its text stays only as the replaced versions and the database's backups do. */
    void delete() {
        if (status != PostStatus.DELETED) {
            status = PostStatus.DELETED;
            deletedAt = Instant.now();
            scheduledAt = null;
        }
    }

    public boolean isDeleted() {
        return status == PostStatus.DELETED;
    }

    public Long id() {
        return id;
    }

    public Blog blog() {
        return blog;
    }

    public Person author() {
        return author;
    }

    public String title() {
        return title;
    }

    public String markdown() {
        return markdown;
    }

    public String html() {
        return html;
    }

    public PostStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Instant editedAt() {
        return editedAt;
    }

    public Set<String> tags() {
        return Set.copyOf(tags);
    }

    public long version() {
        return version;
    }
}

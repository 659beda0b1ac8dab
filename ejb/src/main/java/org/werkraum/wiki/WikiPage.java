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

/**
 * A page of a wiki, in its tree ({@code parentId}), with the number of its current revision. Its text is in its
 * revisions ({@link PageRevision}); the page row is what a save locks, so that saves of one page follow each other.
 */
@Entity
@Table(name = "wiki_page")
public class WikiPage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "wiki_id")
    private Wiki wiki;

    @Column(name = "parent_id")
    private Long parentId;

    private String title;

    private int revision = 1;

    @Column(name = "is_template")
    private boolean template;

    @Column(name = "created_at")
    private Instant createdAt = Instant.now();

    @Column(name = "updated_at")
    private Instant updatedAt = createdAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Version
    private long version;

    protected WikiPage() {}

    WikiPage(Wiki wiki, Long parentId, String title) {
        this.wiki = wiki;
        this.parentId = parentId;
        this.title = title;
    }

    /** A new revision became the current one. */
    void revised(int number, String title, Instant at) {
        this.revision = number;
        this.title = title;
        this.updatedAt = at;
    }

    void movedBelow(Long parentId) {
        this.parentId = parentId;
    }

    void template(boolean template) {
        this.template = template;
    }

    public Long id() {
        return id;
    }

    public Wiki wiki() {
        return wiki;
    }

    public Long parentId() {
        return parentId;
    }

    public String title() {
        return title;
    }

    /** The number of the current revision. */
    public int revision() {
        return revision;
    }

    /** A page others start new pages from ("new page from template"). */
    public boolean isTemplate() {
        return template;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }
}

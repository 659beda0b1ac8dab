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
import java.time.Instant;
import org.werkraum.people.Person;

/** One save of a page: its title and text as saved then, who saved it, when, and why (never changed afterwards). */
@Entity
@Table(name = "page_revision")
public class PageRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "page_id")
    private WikiPage page;

    private int number;

    private String title;

    private String markdown;

    private String html;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id")
    private Person author;

    @Column(name = "created_at")
    private Instant createdAt = Instant.now();

    private String comment;

    private boolean minor;

    @Column(name = "reverted_from")
    private Integer revertedFrom;

    protected PageRevision() {}

    /** @param html the text rendered with the wiki's links as they lead now ({@link PageLinks#render}) */
    PageRevision(
            WikiPage page,
            int number,
            String title,
            String markdown,
            String html,
            Person author,
            String comment,
            boolean minor,
            Integer revertedFrom) {
        this.page = page;
        this.number = number;
        this.title = title;
        this.markdown = markdown;
        this.html = html;
        this.author = author;
        this.comment = comment;
        this.minor = minor;
        this.revertedFrom = revertedFrom;
    }

    public Long id() {
        return id;
    }

    public WikiPage page() {
        return page;
    }

    public int number() {
        return number;
    }

    public String title() {
        return title;
    }

    public String markdown() {
        return markdown;
    }

    /**
     * Rendered and cleaned when it was saved, once per revision; the current revision's again when a page it links to
     * comes, goes or is renamed.
     */
    public String html() {
        return html;
    }

    public Person author() {
        return author;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String comment() {
        return comment;
    }

    public boolean minor() {
        return minor;
    }

    /** For a revert: the revision taken again. */
    public Integer revertedFrom() {
        return revertedFrom;
    }
}

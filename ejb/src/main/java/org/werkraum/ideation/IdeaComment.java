package org.werkraum.ideation;

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

/** A comment on an idea, in Markdown kept as cleaned HTML; removing it blanks the text and keeps its place. */
@Entity
@Table(name = "idea_comment")
public class IdeaComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "idea_id")
    private Idea idea;

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

    protected IdeaComment() {}

    IdeaComment(Idea idea, Person author, String markdown) {
        this.idea = idea;
        this.author = author;
        this.markdown = markdown;
        this.html = Markdown.toHtml(markdown);
    }

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

    public Idea idea() {
        return idea;
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

    public boolean isRemoved() {
        return removedAt != null;
    }
}

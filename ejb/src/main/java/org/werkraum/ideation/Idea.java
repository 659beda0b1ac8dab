package org.werkraum.ideation;

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
import java.util.Set;
import java.util.TreeSet;
import org.werkraum.markdown.Markdown;
import org.werkraum.people.Person;

/**
 * An idea on a board: a title, a description in Markdown (kept as cleaned HTML beside it), tags, its status with the
 * owners' note, and the number of its votes, kept with every vote so that a board sorts by it.
 */
@Entity
@Table(name = "idea")
public class Idea {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "board_id")
    private IdeaBoard board;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id")
    private Person author;

    private String title;

    private String markdown;

    private String html;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "idea_tag", joinColumns = @JoinColumn(name = "idea_id"))
    @Column(name = "tag")
    private Set<String> tags = new TreeSet<>();

    @Enumerated(EnumType.STRING)
    private IdeaStatus status = IdeaStatus.NEW;

    @Column(name = "status_note")
    private String statusNote;

    @Column(name = "status_changed_at")
    private Instant statusChangedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "status_changed_by")
    private Person statusChangedBy;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "duplicate_of_id")
    private Idea duplicateOf;

    /** Written by the votes' own statements only: an update of the idea never writes back a count read earlier. */
    @Column(name = "vote_count", insertable = false, updatable = false)
    private int voteCount;

    @Column(name = "created_at")
    private Instant createdAt = Instant.now();

    @Version
    private long version;

    protected Idea() {}

    Idea(IdeaBoard board, Person author, String title, String markdown, Set<String> tags) {
        this.board = board;
        this.author = author;
        this.title = title;
        this.markdown = markdown;
        this.html = Markdown.toHtml(markdown);
        this.tags = new TreeSet<>(tags);
    }

    /** A new status, with the owner's note (or none) and who set it when. */
    void changeStatus(IdeaStatus status, String note, Person by) {
        this.status = status;
        this.statusNote = note;
        this.statusChangedBy = by;
        this.statusChangedAt = Instant.now();
        if (status != IdeaStatus.DUPLICATE) {
            duplicateOf = null;
        }
    }

    /** The same as another idea: closed, pointing there. */
    void duplicateOf(Idea original, String note, Person by) {
        changeStatus(IdeaStatus.DUPLICATE, note, by);
        this.duplicateOf = original;
    }

    public Long id() {
        return id;
    }

    public IdeaBoard board() {
        return board;
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

    public Set<String> tags() {
        return Set.copyOf(tags);
    }

    public IdeaStatus status() {
        return status;
    }

    public String statusNote() {
        return statusNote;
    }

    public Instant statusChangedAt() {
        return statusChangedAt;
    }

    public Person statusChangedBy() {
        return statusChangedBy;
    }

    public Idea duplicateOf() {
        return duplicateOf;
    }

    public int voteCount() {
        return voteCount;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
